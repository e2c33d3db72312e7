"""Activations: the element-wise non-linearities and softmax, written from their formulas.

Each reference implementation is the formula a textbook gives, rearranged where the plain
form breaks in floating point (``exp`` overflowing, ``1 + tiny`` rounding to 1, the
difference of two nearly equal numbers). The tests prove values *and* gradients equal to
torch, large inputs included.
"""

from __future__ import annotations

import math
from functools import partial
from typing import Any

import torch

from torchnotes._checks import (
    NOT_QUANTIZED_MESSAGE,
    STRIDED_MESSAGE,
    check_dense,
    check_dim,
)

# Below float32 torch computes these functions in float32 and rounds the result back, so
# the references do the same.
_LOW_PRECISION = (torch.float16, torch.bfloat16)
# The dtypes torch's CPU kernels take (float8, the sub-byte and bits dtypes have none).
_FLOATS = (torch.float16, torch.bfloat16, torch.float32, torch.float64)
_INTS = (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64)
_WIDE_UINTS = (torch.uint16, torch.uint32, torch.uint64)  # sigmoid and tanh only
# softmax casts these to its dtype= argument as torch does, but has no kernel for them
_FLOAT8 = (torch.float8_e4m3fn, torch.float8_e4m3fnuz, torch.float8_e5m2, torch.float8_e5m2fnuz, torch.float8_e8m0fnu)
_SQRT1_2 = 1.0 / math.sqrt(2.0)
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)


def relu(input: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.relu``: ``x`` where ``x > 0``, else ``0``.

    Negative numbers become ``0``; ``0``, ``-0.0`` and NaN pass through unchanged, as torch
    does on the CPU. The gradient is ``1`` where ``x > 0`` and ``0`` where ``x <= 0``, ``x == 0``
    included: a unit whose inputs are all negative gets no gradient at all. NaN is neither,
    and passes the gradient on as torch does. Integer tensors keep their dtype.

    Args:
        input: a tensor of any real dtype except ``torch.bool``.

    Returns:
        A tensor of the shape, dtype and device of ``input``.

    Raises:
        TypeError: ``input`` is not a strided tensor, or is bool or complex (torch refuses
            both), or of a dtype torch's relu has no kernel for (uint16-uint64, float8).

    Examples:
        >>> relu(torch.tensor([-2.0, -0.0, 0.0, 3.0, float("nan")]))
        tensor([0., -0., 0., 3., nan])
        >>> relu(torch.tensor([-2, 5]))  # integers stay integers #zh: 整数仍是整数
        tensor([0, 5])
        >>> x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
        >>> relu(x).sum().backward()
        >>> x.grad  # 0 at x == 0, as torch chooses #zh: 在 x == 0 处梯度为 0，与 torch 的取法一致
        tensor([0., 0., 1.])
        >>> x = torch.tensor([float("nan")], requires_grad=True)
        >>> relu(x).sum().backward()
        >>> x.grad  # NaN passes the gradient on, as torch's relu does #zh: NaN 处梯度照常传递，与 torch 的 relu 一致
        tensor([1.])
    """
    _dense("relu", "input", input)
    if input.dtype == torch.bool or input.is_complex():
        raise TypeError(f"relu(): input must be a real, non-bool tensor as in torch, got {input.dtype}")
    _dtype_in("relu", input, _FLOATS + _INTS, "a float16/bfloat16/float32/float64 or int8-int64/uint8 tensor as in torch")
    zero = torch.zeros((), dtype=input.dtype, device=input.device)
    # 0 and -0.0 are kept as they are, but carry no gradient (torch's choice at 0); NaN is
    # kept with its gradient, as torch's backward passes it wherever the result is not <= 0
    #zh: 0 和 -0.0 原样保留，但不传梯度（torch 在 0 处的取法）；NaN 原样保留并传梯度，因为 torch 的反向传播只在结果 <= 0 处置零
    keep = (input > 0) | input.isnan()
    return torch.where(keep, input, torch.where(input < 0, zero, input.detach()))


def sigmoid(input: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.sigmoid``: ``1 / (1 + exp(-x))``, computed without overflow.

    For ``x < 0`` the plain form evaluates ``exp(-x)``, which overflows to ``inf`` once
    ``-x`` passes about 88 in float32; the value still comes out right (``1 / inf == 0``),
    but the gradient becomes ``inf / inf = nan``. Writing ``z = exp(-|x|)``, which never
    exceeds 1, gives ``1 / (1 + z)`` for ``x >= 0`` and ``z / (1 + z)`` for ``x < 0``:
    the same function, with both branches finite everywhere.

    Args:
        input: a real tensor; integers and bools are computed in the default floating
            dtype, as torch does.

    Returns:
        A floating tensor of the shape and device of ``input``, values in ``[0, 1]``.

    Raises:
        TypeError: ``input`` is not a strided tensor, is complex (this reference
            covers real inputs only), or is float8 or another dtype torch has no kernel
            for.

    Examples:
        >>> sigmoid(torch.tensor([-100.0, 0.0, 2.0, 100.0]))
        tensor([3.7835e-44, 5.0000e-01, 8.8080e-01, 1.0000e+00])
        >>> x = torch.tensor([-1000.0, 1000.0], requires_grad=True)
        >>> sigmoid(x).sum().backward()
        >>> x.grad  # finite at both ends #zh: 两端的梯度都是有限值
        tensor([0., 0.])
    """
    x, out_dtype = _real_float("sigmoid", input)
    positive = x >= 0
    # z = exp(-|x|) <= 1: neither branch can overflow, so where() never hides an inf whose
    # gradient would be NaN; -|x| comes from where(), since abs() has gradient 0 at 0
    #zh: z = exp(-|x|) <= 1：两个分支都不会溢出，where() 不会掩盖梯度为 NaN 的 inf；
    #zh: -|x| 用 where() 构造，因为 abs() 在 0 处的梯度是 0
    z = torch.exp(torch.where(positive, -x, x))
    out = torch.where(positive, 1 / (1 + z), z / (1 + z))
    return out.to(out_dtype)


def tanh(input: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.tanh``, from ``expm1`` instead of ``sinh(x) / cosh(x)``.

    ``sinh(x) / cosh(x)`` is the definition, but both overflow to ``inf`` near
    ``|x| = 89`` in float32 and ``inf / inf`` is NaN. With ``m = expm1(-2|x|)`` (between
    -1 and 0, so nothing overflows) the magnitude is ``-m / (2 + m)``, and ``expm1`` keeps
    small ``x`` exact where ``1 - exp(-2x)`` would round to 0. The sign is put back last,
    so ``tanh(-0.0)`` is ``-0.0`` as in torch.

    Args:
        input: a real tensor; integers and bools are computed in the default floating
            dtype, as torch does.

    Returns:
        A floating tensor of the shape and device of ``input``, values in ``[-1, 1]``.

    Raises:
        TypeError: ``input`` is not a strided tensor, is complex (this reference
            covers real inputs only), or is float8 or another dtype torch has no kernel
            for.

    Examples:
        >>> tanh(torch.tensor([-100.0, -0.5, 0.0, 1e-8, 100.0]))
        tensor([-1.0000e+00, -4.6212e-01,  0.0000e+00,  1.0000e-08,  1.0000e+00])
        >>> x = torch.tensor([0.0, 100.0], requires_grad=True)
        >>> tanh(x).sum().backward()
        >>> x.grad  # the derivative is 1 - tanh(x)**2 #zh: 导数是 1 - tanh(x)**2
        tensor([1., 0.])
    """
    x, out_dtype = _real_float("tanh", input)
    negative = x.signbit()
    # -2|x| built with where() rather than abs(), so that the gradient at 0 is 1, not 0
    #zh: 用 where() 而不是 abs() 构造 -2|x|，这样 0 处的梯度是 1 而不是 0
    m = torch.expm1(torch.where(negative, 2 * x, -2 * x))
    magnitude = -m / (2 + m)
    return torch.where(negative, -magnitude, magnitude).to(out_dtype)


def gelu(input: torch.Tensor, approximate: str = "none") -> torch.Tensor:
    """Reference ``torch.nn.functional.gelu``: ``x * Phi(x)``, exactly or with tanh.

    ``Phi`` is the standard normal distribution function, so ``gelu(x)`` is ``x`` scaled
    by the probability that a standard normal variable is below ``x``; nothing random
    happens. ``approximate="none"`` uses ``Phi(x) = (1 + erf(x / sqrt(2))) / 2``;
    ``approximate="tanh"`` replaces it with
    ``(1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x**3))) / 2``, as in the original paper.

    Args:
        input: a floating-point tensor (torch refuses integers).
        approximate: ``"none"`` for the erf form, ``"tanh"`` for the approximation.

    Returns:
        A tensor of the shape, dtype and device of ``input``.

    Raises:
        TypeError: ``input`` is not a strided float16/bfloat16/float32/float64 tensor
            (integer, bool, complex and float8 tensors are refused), or ``approximate`` is
            not a str.
        ValueError: ``approximate`` is neither ``"none"`` nor ``"tanh"``.

    Examples:
        >>> x = torch.tensor([-2.0, -0.75, 0.0, 1.0])
        >>> gelu(x)
        tensor([-0.0455, -0.1700,  0.0000,  0.8413])
        >>> gelu(x, approximate="tanh")
        tensor([-0.0454, -0.1700,  0.0000,  0.8412])
    """
    _dense("gelu", "input", input)
    if not isinstance(approximate, str):
        raise TypeError(f"gelu(): approximate must be a str, got {type(approximate).__name__}")
    if approximate not in ("none", "tanh"):
        raise ValueError(f"gelu(): approximate must be 'none' or 'tanh', got {approximate!r}")
    if not input.dtype.is_floating_point:
        raise TypeError(f"gelu(): input must be a floating-point tensor as in torch, got {input.dtype}")
    _dtype_in("gelu", input, _FLOATS, "a float16, bfloat16, float32 or float64 tensor as in torch")
    x = input.float() if input.dtype in _LOW_PRECISION else input
    if approximate == "tanh":
        cdf = 0.5 * (1 + torch.tanh(_SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)))
    else:
        cdf = 0.5 * (1 + torch.erf(x * _SQRT1_2))
    return (x * cdf).to(input.dtype)


def softmax(input: torch.Tensor, dim: int, dtype: torch.dtype | None = None) -> torch.Tensor:
    """Reference ``torch.softmax``: ``exp(x - max) / sum(exp(x - max))`` along ``dim``.

    Subtracting the maximum changes nothing mathematically (the factor ``exp(-max)``
    cancels), but it keeps every exponent ``<= 0``: ``exp`` can no longer overflow, and
    the largest term is exactly 1, so the sum is at least 1. The shift carries no
    gradient, since it does not change the value. A row of ``-inf`` (or one holding
    ``+inf``) gives NaN, as in torch.

    Args:
        input: a float32 or float64 tensor, or any real tensor (bool included) when
            ``dtype`` is given.
        dim: the dimension that sums to 1; negative values count from the end. An int,
            a NumPy int or a 0-d integer tensor, as torch takes it.
        dtype: if given, ``input`` is cast to this dtype (float32 or float64) first, as
            torch does.

    Returns:
        A tensor of the shape and device of ``input``, in ``dtype`` if given.

    Raises:
        TypeError: ``input`` is not a strided tensor, is not floating point and no
            floating ``dtype`` is given, is complex, the dtype is float16 or bfloat16
            (torch rounds intermediate sums there, this reference does not) or float8, or
            ``dim`` is not an int.
        ValueError: ``dim`` is out of range.

    Examples:
        >>> x = torch.tensor([1000.0, 999.0, 0.0])
        >>> softmax(x, dim=0)
        tensor([0.7311, 0.2689, 0.0000])
        >>> torch.exp(x) / torch.exp(x).sum()  # the plain formula: inf / inf #zh: 直接按公式算：inf / inf
        tensor([nan, nan, 0.])
    """
    x, dim, out_dtype = _softmax_args("softmax", input, dim, dtype)
    if x.numel() == 0:
        return x.to(out_dtype, copy=True)
    shifted = x - x.amax(dim, keepdim=True).detach()
    e = torch.exp(shifted)
    return (e / e.sum(dim, keepdim=True)).to(out_dtype)


def log_softmax(input: torch.Tensor, dim: int, dtype: torch.dtype | None = None) -> torch.Tensor:
    """Reference ``torch.log_softmax``: ``(x - max) - log(sum(exp(x - max)))`` along ``dim``.

    ``softmax(x).log()`` loses what ``log_softmax`` keeps: a probability that underflows
    to 0 becomes ``-inf``, while ``x - max - log(sum)`` stays a finite number (for
    ``[1000, 0]`` it is ``-1000``). Cross-entropy losses use this form for that reason.

    Args:
        input: a float32 or float64 tensor, or any real tensor (bool included) when
            ``dtype`` is given.
        dim: the dimension to normalise over; negative values count from the end. An int,
            a NumPy int or a 0-d integer tensor, as torch takes it.
        dtype: if given, ``input`` is cast to this dtype (float32 or float64) first, as
            torch does.

    Returns:
        A tensor of the shape and device of ``input``, in ``dtype`` if given.

    Raises:
        TypeError: ``input`` is not a strided tensor, is not floating point and no
            floating ``dtype`` is given, is complex, the dtype is float16 or bfloat16
            (torch rounds intermediate sums there, this reference does not) or float8, or
            ``dim`` is not an int.
        ValueError: ``dim`` is out of range.

    Examples:
        >>> x = torch.tensor([1000.0, 0.0])
        >>> log_softmax(x, dim=0)
        tensor([    0., -1000.])
        >>> softmax(x, dim=0).log()  # exp(-1000) underflowed to 0 #zh: exp(-1000) 已下溢为 0
        tensor([0., -inf])
    """
    x, dim, out_dtype = _softmax_args("log_softmax", input, dim, dtype)
    if x.numel() == 0:
        return x.to(out_dtype, copy=True)
    shifted = x - x.amax(dim, keepdim=True).detach()
    out = shifted - torch.log(torch.exp(shifted).sum(dim, keepdim=True))
    return out.to(out_dtype)


#: A tensor with values in strided memory: sparse, nested and quantized tensors are refused.
_dense = partial(check_dense, message=STRIDED_MESSAGE, quantized=NOT_QUANTIZED_MESSAGE)


def _real_float(fn: str, input: Any) -> tuple[torch.Tensor, torch.dtype]:
    """(tensor to compute with, dtype of the result) for sigmoid and tanh."""
    _dense(fn, "input", input)
    if input.is_complex():
        raise TypeError(
            f"{fn}(): input must be real; this reference does not follow torch on complex "
            f"tensors, got {input.dtype}"
        )
    _dtype_in(fn, input, _FLOATS + _INTS + _WIDE_UINTS + (torch.bool,), "a float16/bfloat16/float32/float64, integer or bool tensor as in torch")
    if not input.dtype.is_floating_point:  # ints and bools: torch answers in the default dtype
        dtype = torch.get_default_dtype()
        return input.to(dtype), dtype
    if input.dtype in _LOW_PRECISION:
        return input.float(), input.dtype
    return input, input.dtype


def _softmax_args(fn: str, input: Any, dim: Any, dtype: Any) -> tuple[torch.Tensor, int, torch.dtype]:
    """(tensor to compute with, dim >= 0, dtype of the result) for softmax and log_softmax."""
    _dense(fn, "input", input)
    if dtype is not None:
        if not isinstance(dtype, torch.dtype):
            raise TypeError(f"{fn}(): dtype must be a torch.dtype or None, got {type(dtype).__name__}")
        if not dtype.is_floating_point:
            raise TypeError(f"{fn}(): dtype must be a floating dtype, got {dtype}")
        if input.is_complex():
            raise TypeError(f"{fn}(): input must be a real tensor, got {input.dtype}")
        _dtype_in(fn, input, _FLOATS + _FLOAT8 + _INTS + _WIDE_UINTS + (torch.bool,), "of a dtype torch casts (floating, integer or bool)")
        if dtype not in _FLOATS:
            raise TypeError(f"{fn}(): dtype must be torch.float32 or torch.float64, got {dtype}")
        input = input.to(dtype)
    elif not input.dtype.is_floating_point:
        raise TypeError(
            f"{fn}(): input must be a floating-point tensor (or pass a floating dtype=), "
            f"got {input.dtype}"
        )
    if input.dtype in _LOW_PRECISION:
        # torch rounds the exponentials to the low precision before summing them; this
        # reference sums in full precision, so it refuses rather than differ in the last bits
        raise TypeError(
            f"{fn}(): this reference does not follow torch on {input.dtype}; "
            f"use float32 or float64 (or dtype=torch.float32), got {input.dtype}"
        )
    if input.dtype not in (torch.float32, torch.float64):  # float8: torch has no kernel either
        raise TypeError(f"{fn}(): input must be float32 or float64 (or pass dtype=), got {input.dtype}")
    dim = _dim(fn, dim, input.dim())
    return input, dim, input.dtype


def _dtype_in(fn: str, input: torch.Tensor, dtypes: tuple[torch.dtype, ...], what: str) -> None:
    """Refuse, as a ``TypeError``, the dtypes torch has no kernel for (float8, sub-byte, bits)."""
    if input.dtype not in dtypes:
        raise TypeError(f"{fn}(): input must be {what}, got {input.dtype}")


def _dim(fn: str, dim: Any, ndim: int) -> int:
    """A dimension as torch's ``dim`` takes it: an int, a NumPy int or a 0-d integer tensor,
    never a bool or a float."""
    return check_dim(fn, "dim", dim, ndim, int_like=True, tensors="0-d")

