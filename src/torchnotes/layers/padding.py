"""Padding layers: ``nn.ReflectionPad1d`` as one read at mirrored positions."""

from __future__ import annotations

from typing import Any

import torch

from torchnotes.layers._common import MAX_ELEMENTS, allocation, check_ndim
from torchnotes._checks import check_int_like

#: The dtypes torch reflect-pads; it refuses the others (bool, uint16/uint32/uint64, the
#: float8 types, complex32) with NotImplementedError.
_PADDED_DTYPES = (
    torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
    torch.float16, torch.bfloat16, torch.float32, torch.float64,
    torch.complex64, torch.complex128,
)


def reflection_pad1d(input: torch.Tensor, padding: int | tuple[int, int]) -> torch.Tensor:
    """Reference ``nn.ReflectionPad1d``: mirror the last dimension at both ends.

    Output position ``i`` (counted from ``-left``) reads the input at ``|i|``, folded back
    from the right end: ``2 * (L - 1) - |i|`` when ``|i| >= L``. The mirror is the edge
    element itself, which is not repeated: ``[0, 1, 2, 3]`` padded by 2 is
    ``[2, 1, 0, 1, 2, 3, 2, 1]``. So each pad must be smaller than ``L``. A negative pad
    crops, as in ``F.pad``. Only values are copied, so every dtype torch pads gives exactly
    torch's result, and the gradient of a padded position flows back to the position it
    mirrors. On the CPU torch pads the integer types ``uint8`` to ``int64``, the floating
    types ``float16`` to ``float64`` and ``complex64``/``complex128``; it refuses ``bool``,
    ``uint16``/``uint32``/``uint64``, the float8 types and ``complex32``.

    Args:
        input: a ``(N, C, L)`` or ``(C, L)`` tensor of a dtype torch pads.
        padding: an int for both sides, or ``(left, right)``; each ``< L``.

    Returns:
        ``input`` with ``L + left + right`` positions in its last dimension, same dtype and
        device.

    Raises:
        TypeError: ``input`` is not a strided tensor (a sparse or nested one), is
            quantized, or has a dtype torch does not pad (``bool``, ``uint16``, ...), or
            ``padding`` is not an int or a pair of ints.
        ValueError: ``input`` is not 2-d or 3-d, a pad is not smaller than ``L``, or the
            output would be empty or is too large to allocate.

    Examples:
        >>> x = torch.arange(4.0).reshape(1, 4)
        >>> reflection_pad1d(x, 2)  # the edge itself is not repeated #zh: 边缘元素本身不重复
        tensor([[2., 1., 0., 1., 2., 3., 2., 1.]])
        >>> torch.equal(reflection_pad1d(x, (3, 1)), torch.nn.ReflectionPad1d((3, 1))(x))
        True
        >>> reflection_pad1d(x, (-1, 2))  # a negative pad crops #zh: 负的填充量表示裁剪
        tensor([[1., 2., 3., 2., 1.]])
        >>> torch.equal(reflection_pad1d(x, (-1, 2)), torch.nn.functional.pad(x, (-1, 2), mode="reflect"))
        True
        >>> reflection_pad1d(torch.tensor([[1, 2, 3]]), 1)  # integers too #zh: 整数也可以
        tensor([[2, 1, 2, 3, 2]])
    """
    fn = "reflection_pad1d"
    if not isinstance(input, torch.Tensor):
        raise TypeError(f"{fn}(): input must be a torch.Tensor, got {type(input).__name__}")
    if input.layout != torch.strided or input.is_nested:
        raise TypeError(
            f"{fn}(): input must be a dense (strided) tensor, got layout {input.layout}"
            f"{' (nested)' if input.is_nested else ''}"
        )
    if input.is_quantized:  # torch pads these; the reference does not follow it there
        raise TypeError(f"{fn}(): input must not be quantized, got {input.dtype}")
    if input.dtype == torch.bool:
        raise TypeError(f"{fn}(): input must not be bool (torch does not reflect-pad bool)")
    if input.dtype not in _PADDED_DTYPES:
        raise TypeError(
            f"{fn}(): torch does not reflect-pad {input.dtype}; input must be uint8, int8, "
            f"int16, int32, int64, float16, bfloat16, float32, float64, complex64 or complex128"
        )
    check_ndim(fn, "input", input, (2, 3), "3-d (N, C, L) or 2-d (C, L)")
    if 0 in input.shape[-2:]:
        # torch pads an empty batch, but refuses empty channels or lengths
        raise ValueError(
            f"{fn}(): input must have non-zero channel and length dimensions, got shape "
            f"{tuple(input.shape)}"
        )
    left, right = _pair(fn, padding)
    length = input.shape[-1]
    for side, pad in (("left", left), ("right", right)):
        if pad >= length:
            raise ValueError(
                f"{fn}(): the {side} pad ({pad}) must be smaller than the input length {length}"
            )
    out_len = length + left + right
    if out_len <= 0:
        raise ValueError(f"{fn}(): padding {(left, right)} leaves {out_len} positions of {length}")
    shape = (*input.shape[:-1], out_len)
    if input.numel() // length * out_len > MAX_ELEMENTS:  # an expanded input, say
        raise ValueError(f"{fn}(): the output of shape {shape} is too large to allocate")
    with allocation(fn, f"the output of shape {shape}"):
        # mirrored source position of every output position
        i = torch.arange(-left, length + right, device=input.device).abs()
        source = torch.where(i >= length, 2 * (length - 1) - i, i)
        return input.index_select(-1, source)


def _pair(fn: str, padding: Any) -> tuple[int, int]:
    if isinstance(padding, (tuple, list)):
        if len(padding) != 2:
            raise ValueError(
                f"{fn}(): padding must be an int or (left, right), got {len(padding)} values"
            )
        return (check_int_like(fn, "padding", padding[0]), check_int_like(fn, "padding", padding[1]))
    # a 1-d tensor is a sequence to torch (one of length 1 is refused there), not an int
    pad = check_int_like(fn, "padding", padding, tensors="0-d")
    return pad, pad
