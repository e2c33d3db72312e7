"""Element-wise helpers: ``xlogy`` (log), ``sinusoidal_encoding`` (sin-cos), ``clamp`` and
``nan_to_num``."""

from __future__ import annotations

import functools
import math

import torch

from torchnotes._checks import BROADCAST_WITH_MESSAGE
from torchnotes.math import _args

__all__ = ["clamp", "nan_to_num", "sinusoidal_encoding", "xlogy"]

def xlogy(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """``x * log(y)`` with ``0 * log(0) = 0``, as in entropy ``-sum(p * log p)``.

    Plain ``x * torch.log(y)`` gives ``0 * -inf = nan`` where a probability is 0. Where
    ``y`` is NaN the result stays NaN. Integer and bool inputs give the default dtype, as
    in torch.

    Args:
        x: real tensor (broadcastable with ``y``).
        y: real tensor.

    Returns:
        The broadcast shape of ``x`` and ``y``, in ``torch.result_type(x, y)`` (the default
        dtype when that is an integer or bool dtype). Where ``x == 0`` the result is 0 for
        every ``y`` except NaN (also for ``y = 0``, ``inf`` or a negative ``y``, whose log
        would be NaN).

    Raises:
        TypeError: non-tensor, non-dense (sparse, nested, quantized) or complex arguments
            (``torch.xlogy`` refuses complex on the CPU too).
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
            So are two dtypes torch does not promote together (``uint32`` with ``int8``).
        ValueError: shapes that do not broadcast, or tensors on different devices.

    Examples:
        >>> p = torch.tensor([0.5, 0.5, 0.0])
        >>> (p * torch.log(p)).sum()
        tensor(nan)
        >>> -xlogy(p, p).sum()  # the entropy of a fair coin, in nats #zh: 公平硬币的熵，单位是奈特（nat）
        tensor(0.6931)
    """
    _args.tensor("xlogy", "x", x)
    _args.tensor("xlogy", "y", y)
    for name, t in (("x", x), ("y", y)):
        if t.is_complex():
            raise TypeError(f"xlogy(): {name} must be real (torch.xlogy refuses complex), got {t.dtype}")
    device = _args.common_device("xlogy", [("x", x), ("y", y)])
    _args.broadcast("xlogy", [("x", x), ("y", y)])
    dtype = _args.result_type("xlogy", ("x", x), ("y", y))
    if not dtype.is_floating_point:
        dtype = torch.get_default_dtype()
    # compute in the result dtype: log of a float32 y is not precise enough for float64, and
    # torch rounds log(y) to half precision before multiplying, as this does
    x, y = torch.broadcast_tensors(x.to(device, dtype), y.to(device, dtype))
    product = torch.where(x == 0, torch.zeros_like(x), x * torch.log(y))
    return torch.where(torch.isnan(y), y, product)


def sinusoidal_encoding(seq_len: int, dim: int, base: float = 10000.0) -> torch.Tensor:
    """The Transformer's sinusoidal position encoding (Vaswani et al., 2017).

    ``pe[pos, 2i] = sin(pos / base**(2i / dim))`` and ``pe[pos, 2i + 1]`` is the cosine of
    the same angle: every pair of columns turns at its own frequency, from one radian per
    position down to ``base**(-(dim - 2) / dim)`` (close to ``1 / base`` for a wide model).
    Angles are in radians, as ``torch.sin`` expects.

    Args:
        seq_len: number of positions, ``>= 0`` (NumPy integers are accepted).
        dim: model width, a positive even number.
        base: the wavelength scale (10000 in the paper), a finite number ``> 1``.

    Returns:
        A ``(seq_len, dim)`` tensor in the default dtype, computed in float64 so that
        large positions keep their precision until the final cast.

    Raises:
        TypeError: non-int ``seq_len``/``dim`` (a bool or a float is refused) or a
            non-number ``base``.
        ValueError: negative ``seq_len``, odd or non-positive ``dim``, ``base`` not a
            finite number ``> 1``, or a ``seq_len * dim`` too large to allocate.

    Examples:
        >>> pe = sinusoidal_encoding(seq_len=3, dim=4)
        >>> pe.shape
        torch.Size([3, 4])
        >>> pe[1]  # position 1: sin(1), cos(1), sin(0.01), cos(0.01) #zh: 位置 1：sin(1)、cos(1)、sin(0.01)、cos(0.01)
        tensor([0.8415, 0.5403, 0.0100, 0.9999])
    """
    seq_len = _args.index("sinusoidal_encoding", "seq_len", seq_len, minimum=0)
    dim = _args.index("sinusoidal_encoding", "dim", dim, minimum=2)
    if dim % 2:
        raise ValueError(f"sinusoidal_encoding(): dim must be even (sin/cos pairs), got {dim}")
    base = _args.double("sinusoidal_encoding", "base", _args.real("sinusoidal_encoding", "base", base))
    if not (math.isfinite(base) and base > 1):  # also rejects NaN
        raise ValueError(f"sinusoidal_encoding(): base must be a finite number > 1, got {base}")
    # allocate the result first: a size no machine holds fails here, before any work
    try:
        if seq_len * dim >= 2**63:
            raise RuntimeError("more elements than int64 can count")
        pe = torch.empty(seq_len, dim, dtype=torch.float64)
    except RuntimeError:
        raise ValueError(
            f"sinusoidal_encoding(): seq_len={seq_len} and dim={dim} give {seq_len * dim} "
            f"elements, more than can be allocated"
        ) from None
    position = torch.arange(seq_len, dtype=torch.float64)[:, None]
    frequency = base ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)
    angle = position * frequency  # (seq_len, dim / 2)
    pe[:, 0::2] = torch.sin(angle)
    pe[:, 1::2] = torch.cos(angle)
    return pe.to(torch.get_default_dtype())


def clamp(
    x: torch.Tensor,
    min: float | torch.Tensor | None = None,
    max: float | torch.Tensor | None = None,
) -> torch.Tensor:
    """Reference ``torch.clamp``, built from two ``torch.where`` calls.

    Values below ``min`` are raised to it and values above ``max`` lowered to it. ``min``
    is applied first and ``max`` second, so when ``min > max`` every element becomes
    ``max``. A NaN in ``x`` stays NaN, and a NaN bound gives NaN wherever it applies.
    Bounds are numbers (NumPy scalars too), or tensors that broadcast with ``x``. The result
    takes the dtype that type promotion gives for ``x`` and the bounds, so an integer tensor
    clamped to ``-0.5`` comes back as floating point. Only values are reproduced, not
    torch's gradient at a bound.

    Args:
        x: a real tensor (not complex; a bool tensor takes one bool tensor bound).
        min: lower bound, a number or a tensor (optional).
        max: upper bound, a number or a tensor (optional).

    Returns:
        ``x`` limited to ``[min, max]``, broadcast with any tensor bound, in the promoted
        dtype, on ``x``'s device.

    Raises:
        TypeError: ``x`` is not a dense tensor (sparse, nested and quantized ones are
            refused); a bound is neither a real number nor a dense tensor (a
            bool is refused); one bound is a number and the other a tensor that is not 0-d,
            or is on the meta device (torch rejects that mix too, and reads a 0-d tensor
            as its value); the promoted dtype is complex, ``uint16``, ``uint32`` or
            ``uint64``, or bool with both bounds given (torch has no CPU kernel for them).
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
            So are two dtypes torch does not promote together (``uint32`` with ``int8``).
        ValueError: neither bound is given, a number bound overflows the result dtype, a
            tensor bound does not broadcast with ``x`` or is on another device.

    Examples:
        >>> clamp(torch.tensor([-1.0, 0.5, 2.0, 0.8]), min=0, max=1)
        tensor([0.0000, 0.5000, 1.0000, 0.8000])
        >>> clamp(torch.tensor([1.0, 5.0]), min=3, max=2)  # min > max: all become max #zh: min > max：全部变成 max
        tensor([2., 2.])
        >>> clamp(torch.tensor([-2, 0, 2]), min=-0.5)  # a float bound makes the result float #zh: 浮点边界让结果变成浮点
        tensor([-0.5000,  0.0000,  2.0000])
    """
    _args.tensor("clamp", "x", x)
    if min is not None and max is not None:
        # torch then takes its number overload, which reads a 0-d tensor as its value
        min, max = _mixed_bound("min", min, max), _mixed_bound("max", max, min)
    bounds = {}
    for name, b in (("min", min), ("max", max)):
        if b is None:
            continue
        if isinstance(b, torch.Tensor):
            _args.tensor("clamp", name, b)
        else:
            try:
                b = _args.real("clamp", name, b)
            except TypeError:
                raise TypeError(
                    f"clamp(): {name} must be a real number or a tensor, got {type(b).__name__}"
                ) from None
            if isinstance(b, int) and not -(2**63) <= b < 2**63:
                raise ValueError(
                    f"clamp(): {name}={b} does not fit in int64, the widest integer torch reads "
                    f"a number bound into"
                )
        bounds[name] = b
    if not bounds:
        raise ValueError("clamp(): at least one of min and max must be given, got neither")
    if len({isinstance(b, torch.Tensor) for b in bounds.values()}) > 1:
        raise TypeError(
            "clamp(): min and max must both be numbers or both be tensors, got one of each"
        )
    try:
        dtype = _result_dtype(x, *bounds.values())
    except RuntimeError:  # uint16/uint32/uint64 promote only with themselves
        dtypes = ", ".join(f"{n} {getattr(b, 'dtype', type(b).__name__)}" for n, b in [("x", x), *bounds.items()])
        raise TypeError(
            f"clamp(): x and the bounds have dtypes torch does not promote together ({dtypes}); "
            f"convert them to one dtype first"
        ) from None
    if dtype.is_complex or dtype in _args.WIDE_UNSIGNED:
        raise TypeError(
            f"clamp(): x and the bounds must promote to a real number dtype torch.clamp "
            f"supports, got {dtype}"
        )
    if dtype == torch.bool and len(bounds) == 2:  # torch has clamp_min and clamp_max for bool only
        raise TypeError(
            "clamp(): a bool result takes one bound, as in torch, got both min and max"
        )
    out = x.to(dtype)
    for name, b in bounds.items():
        b = _clamp_bound(name, b, dtype, x)
        outside = out < b if name == "min" else out > b
        # every comparison with NaN is False, so a NaN bound has to be let through explicitly
        out = torch.where(outside | torch.isnan(b), b, out)
    return out


def _mixed_bound(name: str, bound: float | torch.Tensor, other: float | torch.Tensor) -> float | torch.Tensor:
    """``bound`` as torch reads it when the other bound is a number: a 0-d tensor's value."""
    if not isinstance(bound, torch.Tensor) or isinstance(other, torch.Tensor):
        return bound
    _args.tensor("clamp", name, bound)
    if bound.dim() or bound.device.type == "meta" or bound.is_complex():
        raise TypeError(
            f"clamp(): min and max must both be numbers or both be tensors (a 0-d real tensor "
            f"with a value counts as a number, as in torch), got {name} as a "
            f"{bound.dim()}-d {bound.dtype} tensor on {bound.device} and the other a number"
        )
    return bound.item()


def _result_dtype(*operands: torch.Tensor | float) -> torch.dtype:
    # torch.result_type takes two operands; torch ranks them in tiers (tensors with dims,
    # then 0-d tensors, then Python numbers) and a lower tier only counts when it brings a
    # higher category (bool < int < float < complex). Promote within each tier, then across.
    tensors = [op for op in operands if isinstance(op, torch.Tensor)]
    probe = None
    for dimensioned in (True, False):
        dtypes = [t.dtype for t in tensors if bool(t.dim()) == dimensioned]
        if dtypes:
            shape = (1,) if dimensioned else ()
            tier = torch.empty(shape, dtype=functools.reduce(torch.promote_types, dtypes))
            probe = tier if probe is None else torch.empty(1, dtype=torch.result_type(probe, tier))
    for number in (op for op in operands if not isinstance(op, torch.Tensor)):
        probe = torch.empty(probe.shape, dtype=torch.result_type(probe, number))
    return probe.dtype


def _clamp_bound(name: str, bound: float | torch.Tensor, dtype: torch.dtype, x: torch.Tensor) -> torch.Tensor:
    if isinstance(bound, torch.Tensor):
        _args.common_device("clamp", [("x", x), (name, bound)])
        _args.broadcast("clamp", [("x", x), (name, bound)], message=BROADCAST_WITH_MESSAGE)
        return bound.to(dtype=dtype, device=x.device)
    limits = torch.finfo(dtype) if dtype.is_floating_point else torch.iinfo(dtype)
    # torch refuses a number bound that overflows rather than quietly turning it into inf
    infinite_or_nan = isinstance(bound, float) and not math.isfinite(bound)
    if not infinite_or_nan and not limits.min <= bound <= limits.max:
        raise ValueError(
            f"clamp(): {name}={bound} does not fit in {dtype}, whose range is "
            f"[{limits.min}, {limits.max}]"
        )
    return torch.tensor(bound, dtype=dtype, device=x.device)


def nan_to_num(
    x: torch.Tensor, nan: float = 0.0, posinf: float | None = None, neginf: float | None = None
) -> torch.Tensor:
    """Reference ``torch.nan_to_num``: NaN -> ``nan``, +inf -> ``posinf``, -inf -> ``neginf``.

    The defaults for the infinities are the largest and smallest *finite* values of the
    dtype (``torch.finfo``), which overflow back to ``inf`` at the next multiplication.
    A replacement is rounded to ``x``'s dtype, so one too large for ``float16`` turns into
    ``inf`` again. Integer and bool tensors hold no NaN or inf and come back unchanged; a
    complex tensor has its real and imaginary parts treated separately.

    Args:
        x: the tensor.
        nan: replacement for NaN.
        posinf: replacement for +inf (default ``torch.finfo(x.dtype).max``).
        neginf: replacement for -inf (default ``torch.finfo(x.dtype).min``).

    Returns:
        A new tensor of ``x``'s shape, dtype and device without NaN or inf (unless a
        replacement is one).

    Raises:
        TypeError: ``x`` is not a dense tensor (sparse, nested and quantized ones are
            refused) or is ``complex32`` (torch has no CPU kernel for it),
            or a replacement is not a real number (a bool or a tensor is refused).
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
        ValueError: a replacement is an int too large for a float (``10**400``; torch
            raises an ``OverflowError``).

    Examples:
        >>> x = torch.tensor([float("nan"), float("inf"), -float("inf"), 1.0])
        >>> nan_to_num(x)
        tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  1.0000e+00])
        >>> nan_to_num(x.half(), posinf=1.0, neginf=-1.0)
        tensor([ 0.,  1., -1.,  1.], dtype=torch.float16)
    """
    _args.tensor("nan_to_num", "x", x)
    replacements = {}
    for name, value in (("nan", nan), ("posinf", posinf), ("neginf", neginf)):
        # torch reads every replacement as a double, whatever number was passed
        if value is not None:
            value = _args.double("nan_to_num", name, _args.real("nan_to_num", name, value))
        replacements[name] = value
    if x.dtype == torch.complex32:
        raise TypeError("nan_to_num(): x of dtype torch.complex32 is not supported (torch has no kernel)")
    if x.is_complex():
        parts = (nan_to_num(part, nan, posinf, neginf) for part in (x.real, x.imag))
        return torch.complex(*parts)
    if not x.dtype.is_floating_point:
        return x.clone()
    info = torch.finfo(x.dtype)
    defaults = {"nan": 0.0, "posinf": info.max, "neginf": info.min}

    def fill(name: str) -> torch.Tensor:
        value = defaults[name] if replacements[name] is None else replacements[name]
        # torch.tensor rounds out-of-range values to inf, as the kernel's cast does
        return torch.tensor(value, dtype=x.dtype, device=x.device)

    out = torch.where(torch.isnan(x), fill("nan"), x)
    out = torch.where(x == math.inf, fill("posinf"), out)
    return torch.where(x == -math.inf, fill("neginf"), out)
