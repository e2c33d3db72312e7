"""gradcheck from scratch: central differences in float64 against autograd's Jacobian."""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable
from typing import Any

import torch

from torchnotes._checks import check_number

# Each input element costs two calls of fn; beyond this the check would take minutes.
_MAX_ELEMENTS = 2**12
# Each output element costs one backward pass, and both Jacobians are built whole.
_MAX_OUTPUTS = 2**16
_MAX_ENTRIES = 2**24


def _number(name: str, value: Any, *, positive: bool) -> float:
    value = check_number("gradcheck", name, value, what="a real number", kinds=numbers.Real)
    try:
        value = float(value)
    except OverflowError:  # an int beyond float's range: infinite for this check
        value = math.inf
    if not math.isfinite(value) or value < 0 or (positive and value == 0):
        need = "> 0" if positive else ">= 0"
        raise ValueError(f"gradcheck(): {name} must be finite and {need}, got {value}")
    return value


def _as_tuple(name: str, value: Any) -> tuple[torch.Tensor, ...]:
    items = (value,) if isinstance(value, torch.Tensor) else value
    if not isinstance(items, (tuple, list)) or not all(isinstance(t, torch.Tensor) for t in items):
        raise TypeError(
            f"gradcheck(): {name} must be a tensor or a tuple of tensors, got {type(value).__name__}"
        )
    for t in items:
        if t.dtype != torch.float64 or t.layout != torch.strided or t.is_nested:
            layout = "" if t.layout == torch.strided and not t.is_nested else (
                " (nested)" if t.is_nested else f" with layout {t.layout}")
            raise TypeError(
                f"gradcheck(): {name} must be strided float64 tensors (torch only warns for "
                f"other dtypes; in float32 the differences are mostly rounding), got {t.dtype}{layout}"
            )
        if t.is_meta and name != "inputs":
            raise ValueError(f"gradcheck(): {name} must hold values; got a tensor on the meta device")
    return tuple(items)


def gradcheck(
    fn: Callable[..., Any],
    inputs: torch.Tensor | tuple[torch.Tensor, ...],
    *,
    eps: float = 1e-6,
    atol: float = 1e-5,
    rtol: float = 1e-3,
) -> bool:
    """Reference ``torch.autograd.gradcheck(..., raise_exception=False)`` for real float64 functions.

    For every input that requires grad and every element ``j`` of it, the numerical
    Jacobian column is the central difference ``(fn(x + eps e_j) - fn(x - eps e_j)) / (2 eps)``;
    for every output element ``i``, the analytical row is what backward gives for that
    element alone. The check passes when every entry satisfies
    ``|analytical - numerical| <= atol + rtol * |numerical|``, torch's criterion. float64
    is required: with ``eps = 1e-6`` a float32 difference is mostly rounding error.
    torch's gradcheck also runs further checks (that backward is reentrant, that an
    undefined gradient is handled); this reference compares the Jacobians only.

    Args:
        fn: a function of the inputs returning a tensor or a tuple of tensors.
        inputs: a float64 tensor or a tuple of them; those with ``requires_grad=True`` are
            checked. They are not modified.
        eps: the finite-difference step.
        atol: absolute tolerance.
        rtol: relative tolerance.

    Returns:
        ``True`` when analytical and numerical Jacobians agree, ``False`` otherwise.

    Raises:
        TypeError: ``fn`` is not callable, ``inputs`` or the outputs are not float64
            tensors, or a tolerance is not a real number.
        ValueError: no input requires grad, an input or output is on the meta device (no
            values to difference), a tolerance is negative or infinite, ``eps`` is not
            positive, the inputs hold more than 2**12 elements, the outputs more than
            2**16 or the Jacobians more than 2**24 entries, or ``fn`` returns outputs of
            other shapes when an input is perturbed (torch asserts this too).

    Examples:
        >>> x = torch.tensor([0.5, 2.0], dtype=torch.float64, requires_grad=True)
        >>> gradcheck(torch.sin, x)
        True
        >>> gradcheck(lambda t: torch.sin(t.detach()) + t, x)  # backward misses cos #zh: 反向传播漏掉了 cos
        False
    """
    if not callable(fn):
        raise TypeError(f"gradcheck(): fn must be callable, got {type(fn).__name__}")
    inputs = _as_tuple("inputs", inputs)
    eps = _number("eps", eps, positive=True)
    atol = _number("atol", atol, positive=False)
    rtol = _number("rtol", rtol, positive=False)
    if any(t.is_meta for t in inputs):
        raise ValueError("gradcheck(): inputs must hold values; got a tensor on the meta device")
    checked = [i for i, t in enumerate(inputs) if t.requires_grad]
    if not checked:
        raise ValueError("gradcheck(): at least one input must have requires_grad=True")
    total = sum(inputs[i].numel() for i in checked)
    if total > _MAX_ELEMENTS:
        raise ValueError(
            f"gradcheck(): the inputs hold {total} elements that require grad; this reference "
            f"calls fn twice per element and accepts at most {_MAX_ELEMENTS}"
        )

    def outputs_of(args: tuple[torch.Tensor, ...]) -> tuple[torch.Tensor, ...]:
        return _as_tuple("the outputs of fn", fn(*args))

    def same_layout(got: tuple[torch.Tensor, ...], j: int) -> None:
        # torch asserts this too: a difference of two outputs needs one shape
        shapes = [tuple(t.shape) for t in got]
        if shapes != [tuple(t.shape) for t in outputs]:
            raise ValueError(
                f"gradcheck(): fn must return outputs of the same shapes when an input is "
                f"perturbed; got {[tuple(t.shape) for t in outputs]} at the inputs and {shapes} "
                f"with element {j} of input {i} moved by eps"
            )

    with torch.enable_grad():
        outputs = outputs_of(inputs)
    rows = sum(out.numel() for out in outputs)
    if rows > _MAX_OUTPUTS or rows * total > _MAX_ENTRIES:
        raise ValueError(
            f"gradcheck(): the outputs of fn hold {rows} elements for {total} input elements; "
            f"this reference runs one backward pass per output element and builds the "
            f"Jacobians whole, and accepts at most {_MAX_OUTPUTS} outputs and {_MAX_ENTRIES} "
            f"entries"
        )
    for i in checked:
        x = inputs[i]
        # numerical Jacobian: one column per element of x, from a perturbed copy
        columns: list[list[torch.Tensor]] = [[] for _ in outputs]
        for j in range(x.numel()):
            shifted = []
            for sign in (1, -1):
                copy = x.detach().clone(memory_format=torch.contiguous_format)
                copy.view(-1)[j] += sign * eps
                args = inputs[:i] + (copy,) + inputs[i + 1:]
                with torch.no_grad():
                    shifted.append(outputs_of(args))
                same_layout(shifted[-1], j)
            for k, (plus, minus) in enumerate(zip(*shifted)):
                columns[k].append(((plus - minus) / (2 * eps)).reshape(-1))
        for k, out in enumerate(outputs):
            numerical = (
                torch.stack(columns[k], dim=1) if columns[k]
                else torch.zeros(out.numel(), 0, dtype=torch.float64, device=x.device)
            )
            # analytical Jacobian: one row per output element, from backward
            rows = []
            for m in range(out.numel()):
                row = None
                if out.requires_grad:
                    (row,) = torch.autograd.grad(
                        out.reshape(-1)[m], x, retain_graph=True, allow_unused=True
                    )
                rows.append(torch.zeros_like(x).reshape(-1) if row is None else row.reshape(-1))
            analytical = (
                torch.stack(rows) if rows
                else torch.zeros(0, x.numel(), dtype=torch.float64, device=x.device)
            )
            if not torch.allclose(analytical, numerical, rtol=rtol, atol=atol):
                return False
    return True
