"""Padding and cropping the edges of a tensor: ``torch.nn.functional.pad`` in constant mode."""

from __future__ import annotations

import numbers
import re

import torch

from torchnotes._checks import INT64_MAX
from torchnotes.shape._args import as_int, dense, describe

__all__ = ["pad"]



def _fill_value(value: object) -> float:
    """The fill value as ``F.pad`` reads it: a Python float (so an int loses digits past 2**53)."""
    if value is None:
        return 0.0
    if isinstance(value, torch.Tensor):
        real = value.dim() == 0 and not value.is_complex() and value.device.type != "meta"
    else:
        # complex numbers are refused: F.pad would drop a NumPy complex's imaginary part
        real = isinstance(value, numbers.Real)
    if not real:
        raise TypeError(f"pad(): value must be a real number or None, got {describe(value)}")
    try:
        return float(value)
    except OverflowError:
        raise ValueError(f"pad(): value {value} is too large for a float") from None


def pad(
    x: torch.Tensor, pad: tuple[int, ...] | list[int], value: float | None = None
) -> torch.Tensor:
    """Reference ``F.pad`` in constant mode: the pad tuple starts with the LAST dimension.

    ``pad = (left, right)`` pads the last dimension, ``(left, right, top, bottom)`` the last
    two, and so on backwards. Negative amounts crop instead of padding. The output is a new
    tensor on ``x``'s device.

    Args:
        x: a dense tensor.
        pad: an even-length tuple or list of ints, at most ``2 * x.dim()`` long; Python and
            NumPy integers and one-element integer tensors count as ints, as in ``F.pad``.
        value: the fill value, ``None`` for 0. As in ``F.pad`` it is read as a Python
            float, then converted to ``x``'s dtype (``0.5`` becomes ``0`` for ints); when
            no amount is positive nothing is filled and the value is not checked.

    Returns:
        A new tensor of ``x``'s dtype, each dimension grown by its two pad amounts.

    Raises:
        TypeError: ``x`` is not a dense tensor, ``pad`` is not a sequence of ints,
            ``value`` is not a real number, or ``x`` has a dtype torch cannot fill
            (``bits8``, sub-byte integers, ``float4_e2m1fn_x2``).
        ValueError: an odd or too long ``pad``, an amount outside int64, cropping below
            size 0, an output too large to allocate, or a ``value`` that does not fit
            the dtype.

    Examples:
        >>> pad(torch.ones(2, 2), (1, 0, 0, 1))  # last dim: 1 left; first dim: 1 bottom #zh: 最后一维：左侧 1；第一维：底部 1
        tensor([[0., 1., 1.],
                [0., 1., 1.],
                [0., 0., 0.]])
        >>> pad(torch.ones(2, 3), (-1, 0)).shape  # a negative amount crops #zh: 负数表示裁剪
        torch.Size([2, 2])
        >>> pad(torch.ones(2, device="meta"), (1, 1)).device
        device(type='meta')
        >>> pad(torch.ones(2), (2**62, 0))  # too large: the message blames pad #zh: 太大：报错指向 pad
        Traceback (most recent call last):
            ...
        ValueError: pad(): pad (4611686018427387904, 0) gives an output of shape (4611686018427387906,) that cannot be allocated: Storage size calculation overflowed with sizes=[4611686018427387906]
    """
    dense("pad", "x", x)
    if not isinstance(pad, (tuple, list)):
        raise TypeError(f"pad(): pad must be a tuple or list of ints, got {describe(pad)}")
    if len(pad) % 2 or len(pad) > 2 * x.dim():
        raise ValueError(
            f"pad(): pad must have an even length of at most 2 * x.dim() = {2 * x.dim()}, "
            f"got {len(pad)}"
        )
    # F.pad reads any one-element integer tensor as an amount (torch.tensor([1]) too)
    amounts = [as_int("pad", f"pad[{i}]", p, tensors="one-element") for i, p in enumerate(pad)]
    for i, p in enumerate(amounts):
        if not -INT64_MAX - 1 <= p <= INT64_MAX:
            raise ValueError(f"pad(): pad[{i}] = {p} does not fit in int64")
    fill = _fill_value(value)
    before = [0] * x.dim()
    after = [0] * x.dim()
    for i in range(len(amounts) // 2):
        before[x.dim() - 1 - i], after[x.dim() - 1 - i] = amounts[2 * i], amounts[2 * i + 1]
    for d, (n, b, a) in enumerate(zip(x.shape, before, after)):
        if max(-b, 0) + max(-a, 0) > n:
            raise ValueError(
                f"pad(): pad {tuple(amounts)} crops {max(-b, 0) + max(-a, 0)} from dimension "
                f"{d} of size {n}; negative pads may remove at most the whole dimension"
            )
    # where the kept part of x starts in x (cropping) and in out (padding)
    src = [slice(max(-b, 0), n - max(-a, 0)) for n, b, a in zip(x.shape, before, after)]
    if all(p <= 0 for p in amounts):
        # as in torch: nothing to fill, so the value is never converted (nor checked)
        return x[tuple(src)].clone()
    shape = [n + b + a for n, b, a in zip(x.shape, before, after)]
    # allocate before filling, as torch does, so that a size no memory can hold is
    # blamed on pad and only a value the dtype cannot hold on value
    try:
        out = x.new_empty(shape)
    except RuntimeError as error:  # torch.OutOfMemoryError is a RuntimeError too
        # drop c10's "[enforce fail at alloc_cpu.cpp:N] err == 0." prefix
        reason = re.sub(r"^\[enforce fail at [^\]]*\]\s*(err == 0\.\s*)?", "", str(error))
        reason = reason.splitlines()[0] if reason else type(error).__name__
        raise ValueError(
            f"pad(): pad {tuple(amounts)} gives an output of shape {tuple(shape)} that cannot "
            f"be allocated: {reason}"
        ) from None
    try:
        # fill_ is the call F.pad makes: it converts the value exactly as torch does
        out.fill_(fill)
    except NotImplementedError:  # a RuntimeError too: no fill kernel at all for the dtype
        raise TypeError(
            f"pad(): x of dtype {x.dtype} cannot be padded: torch has no fill for it"
        ) from None
    except RuntimeError:
        shown = f"{value!r}" if value is not None else "None (0.0)"
        raise ValueError(f"pad(): value {shown} does not fit dtype {x.dtype}") from None
    dst = [slice(max(b, 0), max(b, 0) + max(s.stop - s.start, 0)) for b, s in zip(before, src)]
    if all(s.stop > s.start for s in src):
        out[tuple(dst)] = x[tuple(src)]
    return out
