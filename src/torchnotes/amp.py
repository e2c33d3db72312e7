"""Mixed precision: which ops autocast runs in which dtype, and how GradScaler's scale moves.

``autocast_dtypes`` measures instead of quoting a list: the lists differ between the CPU and
CUDA and between releases, and the one a reader's torch uses is the one that runs.
``grad_scaler_update`` is the rule of ``torch._amp_update_scale_`` (what
``GradScaler.update`` calls) written out, proven equal to torch on CPU tensors.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Mapping
from typing import Any

import torch

from torchnotes._checks import INT64_MAX, check_dense, check_int_like, check_tensor

# The device types torch.autocast takes on every build; "cuda" is accepted without a GPU
# (autocast then warns and disables itself), which is what the CUDA snippets rely on.
# "meta" is not one: torch.autocast("meta") raises RuntimeError on entry.
_DEVICE_TYPES = ("cpu", "cuda", "mps", "xpu", "xla", "hpu", "mtia")
_LOW_DTYPES = (torch.bfloat16, torch.float16)


def autocast_dtypes(
    ops: Mapping[str, Callable[..., Any]],
    *inputs: torch.Tensor,
    device_type: str = "cpu",
    dtype: torch.dtype | None = None,
) -> dict[str, torch.dtype]:
    """Run each op on ``inputs`` inside ``torch.autocast`` and report its output's dtype.

    Autocast decides per op: matrix products and convolutions run in the low-precision
    dtype, some ops (losses, reductions, depending on the device) in float32, the rest in
    the dtype their inputs promote to. Measuring is the only list that is sure to match
    the torch that runs.

    Args:
        ops: names mapped to callables; each is called as ``op(*inputs)`` and must return a
            tensor (or a tuple/list whose first item is one, as ``topk`` returns).
        inputs: the tensors passed to every op, usually float32.
        device_type: the ``device_type`` of ``torch.autocast``: ``"cpu"``, ``"cuda"``, ...
        dtype: ``torch.bfloat16`` or ``torch.float16``; None takes autocast's default for
            the device (bfloat16 on the CPU, float16 on CUDA).

    Returns:
        A dict from each op's name to the dtype of its output, in the order of ``ops``.

    Raises:
        TypeError: ``ops`` is not a mapping of str to callables, an input is not a tensor,
            ``device_type`` is not a str, ``dtype`` is not bfloat16/float16/None, or an op
            returns no tensor.
        ValueError: ``device_type`` is not one autocast knows, or an op raises on
            ``inputs`` (the message names the op and quotes its error).

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> a, b = torch.randn(2, 3), torch.randn(3, 2)
        >>> autocast_dtypes({"matmul": torch.matmul, "add": lambda x, y: x + y.T}, a, b)
        {'matmul': torch.bfloat16, 'add': torch.float32}
        >>> linear_out = {"exp of a matmul": lambda x, y: torch.exp(x @ y)}
        >>> autocast_dtypes(linear_out, a, b)  # exp keeps bfloat16 on the CPU #zh: 在 CPU 上 exp 保持 bfloat16
        {'exp of a matmul': torch.bfloat16}
    """
    if not isinstance(ops, Mapping):
        raise TypeError(f"autocast_dtypes(): ops must be a mapping of names to callables, got {type(ops).__name__}")
    for name, op in ops.items():
        if not isinstance(name, str) or not callable(op):
            raise TypeError(
                f"autocast_dtypes(): ops must map str names to callables, got {name!r}: {type(op).__name__}"
            )
    for i, x in enumerate(inputs):
        check_tensor("autocast_dtypes", f"inputs[{i}]", x)
    if not isinstance(device_type, str):
        raise TypeError(f"autocast_dtypes(): device_type must be a str, got {type(device_type).__name__}")
    if device_type not in _DEVICE_TYPES:
        raise ValueError(f"autocast_dtypes(): device_type must be one of {_DEVICE_TYPES}, got {device_type!r}")
    if dtype is not None and dtype not in _LOW_DTYPES:
        raise TypeError(f"autocast_dtypes(): dtype must be torch.bfloat16, torch.float16 or None, got {dtype!r}")
    found: dict[str, torch.dtype] = {}
    with torch.autocast(device_type, dtype=dtype):
        for name, op in ops.items():
            try:
                out = op(*inputs)
            except Exception as error:  # the op's own error, e.g. a wrong number of inputs
                raise ValueError(
                    f"autocast_dtypes(): op {name!r} raised {type(error).__name__} on inputs: {error}"
                ) from error
            if isinstance(out, (tuple, list)) and out:
                out = out[0]  # topk, sort, max(dim): the values come first #zh: topk、sort、max(dim)：值在第一个
            if not isinstance(out, torch.Tensor):
                raise TypeError(
                    f"autocast_dtypes(): op {name!r} must return a tensor, got {type(out).__name__}"
                )
            found[name] = out.dtype
    return found


def _factor(name: str, value: Any) -> float:
    # torch's float arguments also take a 0-d tensor holding a value (not a bool, as here)
    if isinstance(value, torch.Tensor) and value.dim() == 0 and not value.is_meta and not (
        value.dtype == torch.bool or value.is_complex()
    ):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        what = type(value).__name__
        if isinstance(value, torch.Tensor):
            what = f"a {value.dtype} tensor of shape {tuple(value.shape)} on {value.device}"
        raise TypeError(f"grad_scaler_update(): {name} must be a real number, got {what}")
    try:
        return float(value)
    except OverflowError:  # an int beyond float's range: torch's double argument overflows too
        raise ValueError(
            f"grad_scaler_update(): {name} must fit a float64, got an int of {int(value).bit_length()} bits"
        ) from None


def _one_element(name: str, value: Any, dtype: torch.dtype) -> torch.Tensor:
    check_dense("grad_scaler_update", name, value)
    if value.dtype != dtype:
        raise TypeError(f"grad_scaler_update(): {name} must be a {dtype} tensor, got {value.dtype}")
    if value.numel() != 1:
        raise ValueError(
            f"grad_scaler_update(): {name} must have one element, got shape {tuple(value.shape)}"
        )
    return value


def grad_scaler_update(
    scale: torch.Tensor,
    growth_tracker: torch.Tensor,
    found_inf: torch.Tensor,
    growth_factor: float = 2.0,
    backoff_factor: float = 0.5,
    growth_interval: int = 2000,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``torch._amp_update_scale_``: the new loss scale and growth tracker.

    ``GradScaler.update`` calls it once per step. An inf or NaN gradient (``found_inf``
    non-zero; the step was skipped) multiplies the scale by ``backoff_factor`` and resets the
    tracker. Otherwise the tracker counts the step; on the ``growth_interval``-th success in a
    row the scale is multiplied by ``growth_factor`` (unless that overflows float32) and the
    tracker restarts. The products are taken in double precision and rounded to float32, as
    torch's kernel does. Unlike torch, the inputs are left unchanged.

    Args:
        scale: one-element float32 tensor, the current loss scale.
        growth_tracker: one-element int32 tensor, successful steps since the last change.
        found_inf: one-element float32 tensor, non-zero if this step's gradients held an
            inf or NaN.
        growth_factor: what the scale is multiplied by after ``growth_interval`` good steps.
        backoff_factor: what the scale is multiplied by after a step with inf/NaN.
        growth_interval: good steps in a row before the scale grows; at least 1.

    Returns:
        ``(new_scale, new_growth_tracker)``, new tensors with the shapes, dtypes and device
        of ``scale`` and ``growth_tracker``.

    Raises:
        TypeError: an argument is not a dense tensor of the dtype above, a factor is not a
            real number or 0-d real tensor (a bool is refused), or ``growth_interval`` is
            not an int.
        ValueError: a tensor does not have exactly one element, the tensors are on
            different devices, a factor is an int too large for a float, or
            ``growth_interval`` is below 1 or above ``2**63 - 1``.

    Examples:
        >>> scale, tracker = torch.tensor(65536.0), torch.tensor(0, dtype=torch.int32)
        >>> inf, ok = torch.tensor(1.0), torch.tensor(0.0)
        >>> grad_scaler_update(scale, tracker, inf)  # a skipped step halves the scale #zh: 跳过的一步把缩放因子减半
        (tensor(32768.), tensor(0, dtype=torch.int32))
        >>> grad_scaler_update(scale, tracker, ok, growth_interval=2)  # one good step is counted #zh: 一次成功的步骤只计数
        (tensor(65536.), tensor(1, dtype=torch.int32))
        >>> grad_scaler_update(scale, torch.tensor(1, dtype=torch.int32), ok, growth_interval=2)
        (tensor(131072.), tensor(0, dtype=torch.int32))
        >>> big = torch.tensor(3e38)  # doubling would overflow float32: the scale stays #zh: 加倍会超出 float32 范围：缩放因子保持不变
        >>> grad_scaler_update(big, torch.tensor(1, dtype=torch.int32), ok, growth_interval=2)
        (tensor(3.0000e+38), tensor(0, dtype=torch.int32))
        >>> s, t = torch.tensor(3.0), torch.tensor(1, dtype=torch.int32)
        >>> new, _ = grad_scaler_update(s, t, ok, growth_factor=1.1, growth_interval=2)
        >>> _ = torch._amp_update_scale_(s, t, ok, 1.1, 0.5, 2)  # torch's kernel, in place #zh: torch 的内核，原地修改
        >>> new.item(), s.item(), (torch.tensor(3.0) * torch.tensor(1.1)).item()  # the product in double, not float32 #zh: 乘积用双精度算，而不是 float32
        (3.299999952316284, 3.299999952316284, 3.3000001907348633)
    """
    _one_element("scale", scale, torch.float32)
    _one_element("growth_tracker", growth_tracker, torch.int32)
    _one_element("found_inf", found_inf, torch.float32)
    for name, t in (("growth_tracker", growth_tracker), ("found_inf", found_inf)):
        if t.device != scale.device:
            raise ValueError(
                f"grad_scaler_update(): {name} must be on scale's device {scale.device}, got {t.device}"
            )
    growth = _factor("growth_factor", growth_factor)
    backoff = _factor("backoff_factor", backoff_factor)
    # as torch's int argument: NumPy ints and 0-d integer tensors, no bool, no 1-d tensor
    interval = check_int_like("grad_scaler_update", "growth_interval", growth_interval, minimum=1,
                              tensors="0-d")
    if interval > INT64_MAX:
        raise ValueError(
            f"grad_scaler_update(): growth_interval must be <= 2**63 - 1 (torch takes an int64), got {interval}"
        )

    found = found_inf != 0  # NaN != 0 too: a NaN gradient also skips the step #zh: NaN != 0 也成立：NaN 梯度同样跳过这一步
    successful = growth_tracker.long() + 1
    grows = ~found & (successful == interval)
    grown = (scale.double() * growth).float()
    grown = torch.where(torch.isfinite(grown), grown, scale)  # never grow to inf #zh: 绝不增长到 inf
    backed_off = (scale.double() * backoff).float()
    new_scale = torch.where(found, backed_off, torch.where(grows, grown, scale))
    new_tracker = torch.where(found | grows, torch.zeros_like(successful), successful)
    return new_scale, new_tracker.to(torch.int32)

