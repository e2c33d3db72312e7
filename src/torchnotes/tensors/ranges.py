"""torch.arange and torch.linspace: how many values, and exactly which ones.

Both references size the result first, so a count that cannot be allocated fails at once
as it does in torch, then compute the values in blocks with tensor arithmetic on the
result's device. No Python loop runs per element.
"""

from __future__ import annotations

import math
import operator
from typing import Any

import torch

from torchnotes._checks import check_int_like
from torchnotes.tensors._common import INT64_MAX, allocate, device_arg, dtype_arg

_INT64_MIN = -(2**63)
# torch.arange has kernels for these dtypes and raises NotImplementedError for the others
_ARANGE_DTYPES = (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
                  torch.float16, torch.bfloat16, torch.float32, torch.float64)
# values are computed this many at a time, so temporaries stay small whatever the length
_BLOCK = 2**16


def _real_scalar(fn: str, name: str, value: Any) -> int | float:
    """An int or float read the way torch reads a number argument; bool and complex refused."""
    kind = None
    if isinstance(value, torch.Tensor):
        if value.ndim != 0 or value.is_meta:
            raise TypeError(f"{fn}(): {name} must be an int or float (a 0-d tensor with a value works too), "
                            f"got a {value.ndim}-d {value.dtype} tensor on {value.device}")
        kind = "b" if value.dtype == torch.bool else "c" if value.dtype.is_complex else \
            "f" if value.dtype.is_floating_point else "i"
    elif type(value).__module__ == "numpy" and type(value).__name__ != "ndarray":  # NumPy scalars; torch refuses arrays
        kind = value.dtype.kind
    elif isinstance(value, bool):
        kind = "b"
    elif isinstance(value, int):
        kind = "i"
    elif isinstance(value, float):
        kind = "f"
    elif isinstance(value, complex):
        kind = "c"
    if kind == "b":  # torch would read True as 1: almost always a mistake
        raise TypeError(f"{fn}(): {name} must be an int or float, got bool")
    if kind == "c":
        raise TypeError(f"{fn}(): {name} must be real; the reference does not handle complex numbers")
    if kind in ("i", "u"):
        number = operator.index(value)
        if not _INT64_MIN <= number <= INT64_MAX:
            raise ValueError(f"{fn}(): {name}={number} does not fit in int64")
        return number
    if kind == "f":
        return float(value)
    raise TypeError(f"{fn}(): {name} must be an int or float, got {type(value).__name__}")


def _fill(out: torch.Tensor, values_at: Any) -> torch.Tensor:
    """Write ``values_at(i)`` into ``out[i]`` for every index ``i``, one block of indices at a time."""
    n = out.numel()
    # 0, 1, 2, ... as a running count of ones: the arange reference does not call arange
    base = torch.ones(min(n, _BLOCK), dtype=torch.int64, device=out.device).cumsum_(0).sub_(1)
    for lo in range(0, n, _BLOCK):
        i = base[: min(_BLOCK, n - lo)] + lo
        out[lo : lo + i.numel()] = values_at(i)
    return out


def arange(start: float, end: float | None = None, step: float = 1, *, dtype: torch.dtype | None = None,
           device: torch.device | str | int | None = None) -> torch.Tensor:
    """Reference ``torch.arange``: ``ceil((end - start) / step)`` values ``start + i * step``.

    ``end`` is never included, as in Python's ``range``; with one argument it is the end
    and ``start`` is 0. Without ``dtype`` the result is ``int64`` when start, end and step
    are all integers, and the default float dtype (float32) as soon as one of them is a
    float. Numbers may be Python or NumPy ints and floats, or 0-d tensors, as in torch.

    The count is computed in float64 (exactly for an all-int ``int64`` range), so with a
    float step rounding decides whether a value next to ``end`` gets in: ``(1.3 - 1) / 0.1``
    is ``3.0000000000000004``, hence four values, 1.3 included. With an integer ``dtype``
    and fractional arguments this follows torch 2.14 on the CPU: the count comes from the
    float arguments, then ``start`` and ``step`` are truncated toward zero, so
    ``arange(0, 5, 0.5, dtype=torch.int64)`` is ten zeros (torch 2.13 raised
    ``ValueError`` for that call instead).

    Args:
        start: the first value, or the end when it is the only argument.
        end: the bound, excluded.
        step: the difference between neighbours; non-zero, negative to count down.
        dtype: ``uint8``, ``int8``, ``int16``, ``int32``, ``int64``, ``float16``,
            ``bfloat16``, ``float32`` or ``float64``: the dtypes torch.arange supports. Python's
            ``int`` and ``float`` stand for ``int64`` and ``float64``, as in torch.
        device: where to allocate the result; ``None`` means torch's default device.

    Returns:
        A 1-d tensor, empty when ``start == end``. Integer results equal torch's exactly.
        Float values are ``start + i * step`` computed in float64 and rounded once to
        ``dtype``; torch's CPU kernel fills SIMD blocks from a base already rounded to
        ``dtype``, so a value can differ from torch's in the last bit.

    Raises:
        TypeError: an argument that is not a real number (bool and complex included), a
            ``dtype`` torch.arange does not support, or a ``device`` of the wrong type.
        ValueError: ``step`` is 0 or NaN, ``start`` or ``end`` is not finite, ``step``
            points away from ``end``, an int beyond int64, a count or truncated argument
            that overflows int64, a result too large to allocate, or an unknown device.

    Examples:
        >>> arange(5)
        tensor([0, 1, 2, 3, 4])
        >>> arange(10, 0, -3)
        tensor([10,  7,  4,  1])
        >>> arange(1, 1.3, 0.1)  # 1.3 gets in: the count is ceil(3.0000000000000004) #zh: 1.3 也在结果里：个数是 ceil(3.0000000000000004)
        tensor([1.0000, 1.1000, 1.2000, 1.3000])
        >>> arange(0, 5, -1)
        Traceback (most recent call last):
            ...
        ValueError: arange(): step=-1 points away from end: start=0, end=5
    """
    if end is None:
        start, end = 0, _real_scalar("arange", "end", start)
    else:
        start, end = _real_scalar("arange", "start", start), _real_scalar("arange", "end", end)
    step = _real_scalar("arange", "step", step)
    all_ints = all(isinstance(v, int) for v in (start, end, step))
    dtype = dtype_arg(dtype)
    if dtype is None:
        dtype = torch.int64 if all_ints else torch.get_default_dtype()
    if not isinstance(dtype, torch.dtype) or dtype not in _ARANGE_DTYPES:
        raise TypeError(f"arange(): dtype must be one of {', '.join(map(str, _ARANGE_DTYPES))}, got {dtype!r}")
    device = device_arg("arange", device)
    if step == 0 or math.isnan(step):
        raise ValueError(f"arange(): step must be non-zero, got {step}")
    if not (math.isfinite(start) and math.isfinite(end)):
        raise ValueError(f"arange(): start and end must be finite, got start={start}, end={end}")
    if (end > start and step < 0) or (end < start and step > 0):
        raise ValueError(f"arange(): step={step} points away from end: start={start}, end={end}")
    if all_ints and dtype == torch.int64:
        length = -((start - end) // step)  # exact ceil division: float64 would round above 2**53
    else:
        quotient = (float(end) - float(start)) / float(step)
        if not (math.isfinite(quotient) and quotient <= INT64_MAX):
            raise ValueError(f"arange(): (end - start) / step overflows int64: start={start}, end={end}, step={step}")
        length = math.ceil(quotient)
    if dtype.is_floating_point:
        first, stride = float(start), float(step)
    else:
        first, stride = int(start), int(step)  # int() truncates toward zero, as torch does
        for name, value in (("start", first), ("step", stride)):
            if not _INT64_MIN <= value <= INT64_MAX:
                raise ValueError(f"arange(): {name}={value} does not fit in int64")
    out = allocate("arange", f"{length} values", (length,), dtype, device)
    if length == 0 or out.is_meta:
        return out
    if dtype.is_floating_point:
        return _fill(out, lambda i: first + i.double() * stride)  # float64, rounded once to dtype
    return _fill(out, lambda i: first + i * stride)  # int64; narrower dtypes wrap, as in torch


def linspace(start: float, end: float, steps: int, *, device: torch.device | str | int | None = None) -> torch.Tensor:
    """Reference ``torch.linspace``: ``steps`` evenly spaced values from ``start`` to ``end``, both included.

    ``steps`` is required from PyTorch 1.11 on (before, it defaulted to 100). The result
    has the default float dtype. The reference follows torch's CPU kernel to the last bit:

    1. ``start`` and ``end`` are converted to the dtype (a value beyond its range is an
       error), and ``step = (end - start) / (steps - 1)`` is computed in the dtype.
    2. The first ``steps // 2`` values are ``start + i * step``; the others count back from
       the end, ``end - (steps - 1 - i) * step``, so the last value is exactly ``end``
       however ``step`` was rounded.
    3. For float32 and float64 each value is rounded once, as the fused multiply-add
       (FMA) of torch's AVX2 and AVX-512 kernels does. torch without FMA
       (``ATEN_CPU_CAPABILITY=default``) rounds the product first, so its values can
       differ from these in the last bit. float16 and bfloat16 round the product and the
       sum separately, in torch as here.

    Args:
        start: the first value (an int, a float, or a 0-d tensor holding one).
        end: the last value (reached when ``steps >= 2``).
        steps: how many values, ``>= 0``; any integer ``operator.index`` accepts, except a
            1-element tensor that is not 0-d, which torch refuses.
        device: where to allocate the result; ``None`` means torch's default device.

    Returns:
        A 1-d tensor of ``steps`` values in ``torch.get_default_dtype()``; just ``[start]``
        when ``steps == 1``.

    Raises:
        TypeError: a ``start`` or ``end`` that is not a real number (bool and complex
            included), a ``steps`` that is not an integer, or a ``device`` of the wrong type.
        ValueError: ``steps < 0``; a ``start`` or ``end`` beyond the default dtype's range
            or beyond int64; a result too large to allocate, or an unknown device.

    Examples:
        >>> linspace(0, 1, 5)
        tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
        >>> linspace(0, 1, 1)
        tensor([0.])
        >>> linspace(0, 1, 2**40, device="meta").shape  # sized, not computed #zh: 只确定大小，不计算数值
        torch.Size([1099511627776])
    """
    start, end = _real_scalar("linspace", "start", start), _real_scalar("linspace", "end", end)
    steps = check_int_like("linspace", "steps", steps, minimum=0, tensors="0-d")  # torch refuses a 1-d one
    if steps > INT64_MAX:
        raise ValueError(f"linspace(): steps must be <= 2**63 - 1, got {steps}")
    dtype = torch.get_default_dtype()
    largest = torch.finfo(dtype).max
    # torch converts start and end with a range check when it computes a step; for a single
    # value it calls fill_(start), which checks float32 but lets float16/bfloat16 overflow to inf
    if steps >= 2:
        checked = {"start": start, "end": end}
    elif steps == 1 and dtype not in (torch.float16, torch.bfloat16):
        checked = {"start": start}
    else:
        checked = {}
    for name, value in checked.items():
        if math.isfinite(value) and abs(value) > largest:
            raise ValueError(f"linspace(): {name}={value} does not fit in the default dtype {dtype} (max {largest})")
    device = device_arg("linspace", device)
    out = allocate("linspace", f"{steps} values", (steps,), dtype, device)
    if steps == 0 or out.is_meta:
        return out
    if steps == 1:
        return out.fill_(start)
    # the dtype's own values: torch converts int64 straight to the dtype, floats from float64
    first, last = (torch.tensor(v, dtype=torch.int64 if isinstance(v, int) else torch.float64).to(dtype)
                   for v in (start, end))
    step = (last - first) / torch.tensor(steps - 1).to(dtype)  # all three in the dtype's arithmetic
    halfway = steps // 2
    ends = torch.stack([first, last]).double()
    finite = bool(torch.isfinite(ends).all() and torch.isfinite(step))
    biggest = float(ends.abs().max())
    # scaling by a power of two is exact; it lifts small values clear of the subnormal
    # range, where the error terms of _fma would lose bits (the values are multiples of
    # 2**-1074, so a subnormal one is exact and scales back exactly)
    scale = math.ldexp(1.0, min(-math.frexp(biggest)[1], 1000)) if finite and 0 < biggest < 1 else 1.0

    def values_at(i: torch.Tensor) -> torch.Tensor:
        below = i < halfway
        k = torch.where(below, i, steps - 1 - i)
        if dtype in (torch.float16, torch.bfloat16):  # c10::Half and BFloat16 round after each operation
            k = k.to(dtype)
            return torch.where(below, first + step * k, last - step * k)
        return _fma(torch.where(below, step, -step), k, torch.where(below, first, last), dtype, finite, scale)

    return _fill(out, values_at)


# --- a * k + c rounded once, from float64 tensor arithmetic -----------------------------
#
# Exact products and sums in float64 (Dekker's product, Knuth's TwoSum), then rounding to
# odd (Boldo and Melquiond, "Emulation of FMA and correctly rounded sums: proved
# algorithms using rounding to odd", IEEE Trans. Computers 57(4), 2008): the odd-rounded
# sum keeps enough information that one last rounding is the correct one.

_SPLITTER = 2.0**27 + 1  # Veltkamp's constant: splits a double into two 26-bit halves


def _fma(a: torch.Tensor, k: torch.Tensor, c: torch.Tensor, dtype: torch.dtype, finite: bool,
         scale: float) -> torch.Tensor:
    """``a * k + c`` rounded once to ``dtype`` (float32 or float64), ``k`` converted to the dtype first.

    ``finite`` says whether ``a`` and ``c`` are all finite; ``scale`` is a power of two
    that brings them clear of the subnormal range (see :func:`linspace`).
    """
    a, c = a.double(), c.double()
    if dtype == torch.float32:
        # a float32 times a float32 is exact in float64; so is the error of the sum below,
        # and rounding to odd in 53 bits, then to nearest in 24 bits, is one correct rounding
        return _round_to_odd(*_two_sum(a * k.to(torch.float32).double(), c)).to(torch.float32)
    k = k.double()
    if not finite:
        return a * k + c  # inf and NaN: nothing to round
    high, low = _two_prod(a * scale, k)
    top, rest = _two_sum(c * scale, high)
    tail = _round_to_odd(*_two_sum(rest, low))
    return torch.where(tail == 0, top, top + tail) / scale


def _two_sum(x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``(s, e)`` with ``s = x + y`` rounded and ``s + e == x + y`` exactly (Knuth)."""
    s = x + y
    y_virtual = s - x
    return s, (x - (s - y_virtual)) + (y - y_virtual)


def _split(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    t = x * _SPLITTER
    high = t - (t - x)
    return high, x - high


def _two_prod(a: torch.Tensor, k: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``(p, e)`` with ``p = a * k`` rounded and ``p + e == a * k`` exactly (Dekker)."""
    huge = a.abs() > 2.0**900  # a * _SPLITTER would overflow: split a smaller copy
    a = torch.where(huge, a * 2.0**-128, a)
    (a_high, a_low), (k_high, k_low) = _split(a), _split(k)
    p = a * k
    e = ((a_high * k_high - p) + a_high * k_low + a_low * k_high) + a_low * k_low
    back = torch.ones_like(a).masked_fill_(huge, 2.0**128)
    return p * back, e * back


def _round_to_odd(s: torch.Tensor, e: torch.Tensor) -> torch.Tensor:
    """``s + e`` (with ``s`` its rounded-to-nearest sum) rounded to odd: inexact results get an odd last bit."""
    even = (s.view(torch.int64) & 1) == 0
    toward = torch.where(e > 0, math.inf, -math.inf).to(s.dtype)
    return torch.where(torch.isfinite(s) & (e != 0) & even, torch.nextafter(s, toward), s)


__all__ = ["arange", "linspace"]
