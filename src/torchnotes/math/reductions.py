"""Reductions: ``logsumexp`` (the exp topic), ``var`` and ``std`` (the mean-std-var topic)."""

from __future__ import annotations

import math
import warnings

import torch

from torchnotes.math import _args

__all__ = ["logsumexp", "std", "var"]


def logsumexp(x: torch.Tensor, dim: int, keepdim: bool = False) -> torch.Tensor:
    """``log(sum(exp(x)))`` along ``dim`` without overflow: subtract the maximum first.

    ``exp`` overflows float32 above about 88.7, so the naive formula turns large logits
    into ``inf``. Because ``log(sum(exp(x))) = m + log(sum(exp(x - m)))`` for any ``m``,
    choosing ``m = max(x)`` keeps every exponent ``<= 0``. Rows that are all ``-inf``
    give ``-inf``; a ``+inf`` entry gives ``+inf``. Integer and bool tensors are converted
    to the default dtype first, as ``torch.logsumexp`` does.

    Args:
        x: a real tensor.
        dim: the dimension to reduce; negative values count from the end.
        keepdim: keep ``dim`` with size 1.

    Returns:
        ``x`` reduced over ``dim``, in ``x``'s floating dtype (the default dtype for integer
        input); an empty ``dim`` gives ``-inf`` (the log of an empty sum).

    Raises:
        TypeError: ``x`` is not a dense tensor (sparse, nested and quantized ones are
            refused) or is complex (``torch.logsumexp`` accepts complex,
            this reference does not), ``dim`` is not an int, ``keepdim`` is not a bool.
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
        ValueError: ``dim`` is out of range.

    Examples:
        >>> x = torch.tensor([1000.0, 1000.0])
        >>> torch.log(torch.exp(x).sum())  # exp(1000) overflows #zh: exp(1000) 溢出
        tensor(inf)
        >>> logsumexp(x, dim=0)  # 1000 + log(2) #zh: 即 1000 + log(2)
        tensor(1000.6932)
    """
    _args.tensor("logsumexp", "x", x)
    if x.is_complex():
        raise TypeError(
            f"logsumexp(): x must be real; complex input is not supported by this reference, "
            f"got {x.dtype}"
        )
    d = _args.dim("logsumexp", "dim", dim, x.dim())
    _args.flag("logsumexp", "keepdim", keepdim)
    if not x.dtype.is_floating_point:
        x = x.to(torch.get_default_dtype())
    # amax of an empty dimension is an error; the shift is irrelevant there, so use 0
    m = x.amax(d, keepdim=True) if x.numel() else torch.zeros_like(x.sum(d, keepdim=True))
    # an infinite max would give inf - inf = nan below; shift by 0 instead
    shift = torch.where(torch.isfinite(m), m, torch.zeros_like(m))
    out = shift + torch.log(torch.exp(x - shift).sum(d, keepdim=True))
    return out if keepdim else out.squeeze(d)


def var(
    x: torch.Tensor,
    dim: int | tuple[int, ...] | None = None,
    correction: float = 1,
    keepdim: bool = False,
) -> torch.Tensor:
    """Reference ``torch.var``: ``sum((x - mean)**2) / max(N - correction, 0)``.

    ``N`` is the number of elements reduced. ``correction=1`` (the default, Bessel's
    correction) estimates the variance of the population a sample came from;
    ``correction=0`` is the plain mean of squared deviations, which is what NumPy's
    ``np.var`` computes by default (``ddof=0``). ``correction`` replaced the boolean
    ``unbiased`` in PyTorch 2.0 (``unbiased=True`` is ``correction=1``). When
    ``N - correction <= 0`` the result is ``nan`` or ``inf`` and, as in torch, a
    ``UserWarning`` is issued.

    Args:
        x: a floating-point tensor.
        dim: dimension(s) to reduce; ``None`` or ``()`` reduces everything.
        correction: subtracted from ``N`` in the denominator; any real number, as in torch.
        keepdim: keep the reduced dimensions with size 1.

    Returns:
        The variance, in ``x``'s dtype (``float16`` and ``bfloat16`` input is accumulated
        in ``float32``).

    Raises:
        TypeError: ``x`` is not a dense floating-point tensor (complex included, which
            ``torch.var`` accepts and this reference does not), ``dim`` holds a non-int,
            ``correction`` is not a real number (a bool is refused), ``keepdim`` is not a
            bool.
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
        ValueError: a ``dim`` is out of range or repeated.

    Examples:
        >>> x = torch.tensor([1.0, 2.0, 3.0, 4.0])
        >>> var(x), var(x, correction=0)  # divide by N - 1 = 3, or by N = 4 #zh: 除以 N - 1 = 3，或除以 N = 4
        (tensor(1.6667), tensor(1.2500))
        >>> var(torch.tensor([[1.0, 3.0], [2.0, 6.0]]), dim=1, keepdim=True)
        tensor([[2.],
                [8.]])
    """
    return _variance("var", x, dim, correction, keepdim).to(x.dtype)


def std(
    x: torch.Tensor,
    dim: int | tuple[int, ...] | None = None,
    correction: float = 1,
    keepdim: bool = False,
) -> torch.Tensor:
    """Reference ``torch.std``: the square root of :func:`var` with the same arguments.

    Args:
        x: a floating-point tensor.
        dim: dimension(s) to reduce; ``None`` or ``()`` reduces everything.
        correction: subtracted from ``N`` in the denominator; any real number, as in torch.
        keepdim: keep the reduced dimensions with size 1.

    Returns:
        The standard deviation, in ``x``'s dtype.

    Raises:
        TypeError: as for :func:`var`.
        ValueError: as for :func:`var`.

    Examples:
        >>> x = torch.tensor([1.0, 2.0, 3.0, 4.0])
        >>> std(x), std(x, correction=0)
        (tensor(1.2910), tensor(1.1180))
    """
    # the square root before the cast: half precision is rounded once, as in torch
    return torch.sqrt(_variance("std", x, dim, correction, keepdim)).to(x.dtype)


def _variance(
    fn: str, x: torch.Tensor, dim: int | tuple[int, ...] | None, correction: float, keepdim: bool
) -> torch.Tensor:
    _args.tensor(fn, "x", x)
    if not x.dtype.is_floating_point:
        raise TypeError(f"{fn}(): x must be a floating-point tensor, got {x.dtype}")
    correction = _args.real(fn, "correction", correction)
    _args.flag(fn, "keepdim", keepdim)
    dims = _args.dims(fn, dim, x.dim())
    n = math.prod(x.size(d) for d in dims) if x.dim() else 1
    if n - correction <= 0:
        warnings.warn(
            f"{fn}(): N - correction = {n} - {correction} <= 0, the result is nan or inf",
            UserWarning,
            stacklevel=3,
        )
    # half-precision sums overflow at 65504: accumulate in float32 at least, as torch does
    acc = x.to(torch.promote_types(x.dtype, torch.float32))
    mean = acc.sum(dim=dims, keepdim=True) / n
    squares = ((acc - mean) ** 2).sum(dim=dims, keepdim=keepdim)
    if n == 0:  # no mean, so no deviations: nan even where a negative correction gives N - c > 0
        return torch.full_like(squares, math.nan)
    # max(0, nan) is 0, as torch's std::max gives: a NaN correction divides by 0
    return squares / max(0, n - correction)
