"""Argument checks of the optimizer helpers (local: only this group uses them)."""

from __future__ import annotations

import math
import numbers
import operator
from collections.abc import Mapping, Sequence
from typing import Any

import torch

from torchnotes._checks import INT64_MAX, shown_int

#: The dtypes the update rules are proven equal to ``torch.optim`` on. torch also steps
#: half, bfloat16 and complex parameters; the references refuse them rather than follow
#: them approximately.
FLOAT_DTYPES = (torch.float32, torch.float64)

def check_real(fn: str, name: str, value: Any, *, low: float | None = 0.0,
               high: float | None = None, high_open: bool = False) -> float:
    """A finite real number (int, float, NumPy scalar; not bool) in ``[low, high]``.

    torch.optim also takes one-element tensors for ``lr`` and the betas; the references
    refuse tensors instead of following the extra code paths those take.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        got = type(value).__name__
        if type(value).__module__ == "numpy":  # numpy.bool's name is bool too #zh: numpy.bool 的类型名也是 bool
            got = f"numpy.{got}"
        if isinstance(value, torch.Tensor):
            got = "a Tensor (the reference takes Python or NumPy numbers only)"
        raise TypeError(f"{fn}(): {name} must be a real number, got {got}")
    try:
        value = float(value)
    except OverflowError:  # an int past float's range #zh: 超出 float 范围的整数
        raise ValueError(f"{fn}(): {name} must be finite, got an int too large for a float") from None
    if not math.isfinite(value):
        raise ValueError(f"{fn}(): {name} must be finite, got {value}")
    if low is not None and value < low:
        raise ValueError(f"{fn}(): {name} must be >= {low}, got {value}")
    if high is not None and (value >= high if high_open else value > high):
        raise ValueError(f"{fn}(): {name} must be {'<' if high_open else '<='} {high}, got {value}")
    return value


def check_betas(fn: str, betas: Any) -> tuple[float, float]:
    # torch only indexes betas[0] and betas[1], so a NumPy array of two works there too #zh: torch 只取 betas[0] 与 betas[1]，所以两个元素的 NumPy 数组也可以
    if isinstance(betas, torch.Tensor):
        raise TypeError(f"{fn}(): betas must be a pair of real numbers, got a Tensor (the reference takes Python or NumPy numbers only)")
    pair = isinstance(betas, Sequence) or type(betas).__name__ == "ndarray"
    if isinstance(betas, (str, bytes)) or not pair or len(betas) != 2:
        raise TypeError(f"{fn}(): betas must be a pair of real numbers, got {betas!r}")
    return (check_real(fn, "betas[0]", betas[0], high=1.0, high_open=True),
            check_real(fn, "betas[1]", betas[1], high=1.0, high_open=True))


def _tensors(fn: str, name: str, values: Any) -> list[torch.Tensor]:
    if isinstance(values, (torch.Tensor, str, bytes)) or not isinstance(values, Sequence):
        raise TypeError(
            f"{fn}(): {name} must be a list or tuple of tensors, got {type(values).__name__}"
        )
    for i, value in enumerate(values):
        if value is None and name == "grads":
            raise TypeError(
                f"{fn}(): grads[{i}] is None; torch.optim skips a parameter without a gradient, "
                "the reference needs a gradient for every parameter it is given"
            )
        if not isinstance(value, torch.Tensor):
            raise TypeError(f"{fn}(): {name}[{i}] must be a torch.Tensor, got {type(value).__name__}")
        if value.layout != torch.strided or value.is_nested or value.is_quantized:
            detail = " (nested)" if value.is_nested else " (quantized)" if value.is_quantized else ""
            raise TypeError(f"{fn}(): {name}[{i}] must be a dense (strided) tensor, got layout {value.layout}{detail}")
        if value.dtype not in FLOAT_DTYPES:
            raise TypeError(
                f"{fn}(): {name}[{i}] must be float32 or float64, got {value.dtype} "
                "(the reference does not follow torch.optim on other dtypes)"
            )
    return list(values)


def check_params_grads(fn: str, params: Any, grads: Any) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """Parameters and their gradients: same count, and each gradient shaped like its parameter.

    The gradients come back detached: torch.optim steps under ``no_grad`` too.
    """
    params, grads = _tensors(fn, "params", params), _tensors(fn, "grads", grads)
    if len(grads) != len(params):
        raise ValueError(f"{fn}(): grads must have one tensor per parameter ({len(params)}), got {len(grads)}")
    for i, (p, g) in enumerate(zip(params, grads)):
        if g.shape != p.shape:
            raise ValueError(f"{fn}(): grads[{i}] must have shape {tuple(p.shape)} like params[{i}], got {tuple(g.shape)}")
        if g.dtype != p.dtype:
            raise TypeError(f"{fn}(): grads[{i}] must have dtype {p.dtype} like params[{i}], got {g.dtype}")
        if g.device != p.device:
            raise ValueError(f"{fn}(): grads[{i}] must be on {p.device} like params[{i}], got {g.device}")
    return params, [g.detach() for g in grads]


def check_state(fn: str, state: Any, params: list[torch.Tensor], keys: tuple[str, ...]) -> dict[str, Any] | None:
    """``None`` (first step) or the state an earlier call of ``fn`` returned for these params."""
    if state is None or (isinstance(state, Mapping) and not state):
        return None
    if not isinstance(state, Mapping):
        raise TypeError(f"{fn}(): state must be None or the dict an earlier {fn}() returned, got {type(state).__name__}")
    if set(state) != set(keys):
        raise ValueError(f"{fn}(): state must have the keys {sorted(keys)}, got {sorted(state)}")
    for key in keys:
        if key == "step":
            step = state[key]
            try:  # an int, a NumPy int or a 0-d integer tensor, as operator.index reads them #zh: int、NumPy 整数或零维整数张量，按 operator.index 读取
                if isinstance(step, bool) or (isinstance(step, torch.Tensor) and step.dtype == torch.bool):
                    raise TypeError
                number = operator.index(step)
            except (TypeError, RuntimeError):
                number = None
            if number is None or number < 1:
                got = shown_int(number) if number is not None else f"{step!r:.80}"
                raise ValueError(f"{fn}(): state['step'] must be an int >= 1, got {got}")
            if number > INT64_MAX:  # the step count enters float arithmetic #zh: 步数要参与浮点运算
                raise ValueError(f"{fn}(): state['step'] must be <= 2**63 - 1, got {shown_int(number)}")
            state = {**state, "step": number}
            continue
        buffers = state[key]
        if isinstance(buffers, torch.Tensor) or not isinstance(buffers, Sequence) or len(buffers) != len(params):
            raise ValueError(f"{fn}(): state[{key!r}] must hold one tensor per parameter ({len(params)})")
        for i, (buf, p) in enumerate(zip(buffers, params)):
            if not isinstance(buf, torch.Tensor) or buf.shape != p.shape or buf.dtype != p.dtype or buf.device != p.device:
                raise ValueError(
                    f"{fn}(): state[{key!r}][{i}] must be a tensor like params[{i}] "
                    f"({p.dtype}, shape {tuple(p.shape)}, on {p.device})"
                )
    return dict(state)


def clones(tensors: Sequence[torch.Tensor]) -> list[torch.Tensor]:
    """Copies that share nothing with the caller's tensors (a functional step mutates these)."""
    return [t.detach().clone() for t in tensors]
