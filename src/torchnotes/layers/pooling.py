"""Pooling layers: ``nn.MaxPool1d`` as windows, a max and the position of that max."""

from __future__ import annotations

from typing import Any

import torch

from torchnotes._checks import check_bool, check_int_like
from torchnotes.layers._common import allocation, check_float, check_int64, check_ndim

_MAX_ELEMENTS = 2**40


def _one_int(fn: str, name: str, value: Any, minimum: int) -> int:
    # nn.MaxPool1d also takes a 1-tuple, as every _single argument of torch does
    if isinstance(value, (tuple, list)):
        if len(value) != 1:
            raise ValueError(f"{fn}(): {name} must be an int or 1 int, got {len(value)} values")
        value = value[0]
    number = check_int_like(fn, name, value, minimum=minimum)
    check_int64(fn, name, number)
    return number


def maxpool1d(
    input: torch.Tensor,
    kernel_size: int,
    stride: int | None = None,
    padding: int = 0,
    dilation: int = 1,
    return_indices: bool = False,
    ceil_mode: bool = False,
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
    """Reference ``F.max_pool1d``: the largest value of each window, and where it was.

    Windows of ``kernel_size`` taps (``dilation`` apart) start every ``stride`` positions
    of the input padded with ``padding`` times ``-inf`` on each side, so padding is never
    picked. The output length is ``(L + 2 * padding - dilation * (kernel_size - 1) - 1)
    / stride + 1``, rounded down, or up with ``ceil_mode`` (a last, partial window),
    except that a window may not start in the right padding. The indices count positions
    of the unpadded input. As in torch on the CPU, ties go to the first position and a
    window with a NaN gives NaN. Pooling has no parameters.

    Args:
        input: float32/float64, ``(N, C, L)`` or unbatched ``(C, L)``.
        kernel_size: the window's number of taps, ``>= 1``.
        stride: ``>= 1``; ``None`` means ``kernel_size``, as in ``nn.MaxPool1d`` (torch
            reads an empty tuple the same way).
        padding: ``>= 0`` and at most ``kernel_size // 2``.
        dilation: ``>= 1``, the spacing of the taps.
        return_indices: also return the positions of the maxima.
        ceil_mode: round the output length up instead of down.

    Returns:
        The pooled ``(N, C, L_out)`` tensor (``(C, L_out)`` unbatched), with ``input``'s
        dtype and device; with ``return_indices`` also an ``int64`` tensor of the same shape.

    Raises:
        TypeError: ``input`` is not a float32/float64 strided tensor, an integer argument
            is not an integer, or a flag is not a bool.
        ValueError: ``input`` is not 2-d or 3-d, an argument is out of range (above
            2**63 - 1 included), ``padding`` is more than half the kernel, the output would
            be empty, or the windows are too many to allocate.

    Examples:
        >>> x = torch.tensor([[[1.0, 5.0, 2.0, 2.0, 7.0]]])
        >>> maxpool1d(x, 2, return_indices=True)  # stride defaults to kernel_size #zh: stride 默认等于 kernel_size
        (tensor([[[5., 2.]]]), tensor([[[1, 2]]]))
        >>> maxpool1d(x, 2, ceil_mode=True)  # a last, partial window #zh: 多出最后一个不完整的窗口
        tensor([[[5., 2., 7.]]])
        >>> maxpool1d(x, 2, padding=1, ceil_mode=True)  # a 4th window would start in the right padding #zh: 第 4 个窗口会从右侧填充区开始，因此没有
        tensor([[[1., 5., 7.]]])
        >>> maxpool1d(torch.tensor([[2.0, 2.0, float("nan"), 1.0]]), 2, return_indices=True)  # first of a tie; NaN wins #zh: 并列取第一个；NaN 胜出
        (tensor([[2., nan]]), tensor([[0, 2]]))
        >>> pool = torch.nn.MaxPool1d(3, stride=2, padding=1, return_indices=True)
        >>> [torch.equal(a, b) for a, b in zip(maxpool1d(x, 3, 2, 1, return_indices=True), pool(x))]
        [True, True]
    """
    fn = "maxpool1d"
    check_float(fn, "input", input)
    check_ndim(fn, "input", input, (2, 3), "3-d (N, C, L) or 2-d (C, L)")
    if 0 in input.shape[-2:]:  # torch pools an empty batch, not empty channels or lengths
        raise ValueError(
            f"{fn}(): input must have non-zero channel and length dimensions, got shape "
            f"{tuple(input.shape)}"
        )
    k = _one_int(fn, "kernel_size", kernel_size, 1)
    # torch reads an empty stride (its own default inside F.max_pool1d) as kernel_size
    no_stride = stride is None or (isinstance(stride, (tuple, list)) and len(stride) == 0)
    s = k if no_stride else _one_int(fn, "stride", stride, 1)
    p = _one_int(fn, "padding", padding, 0)
    d = _one_int(fn, "dilation", dilation, 1)
    check_bool(fn, "return_indices", return_indices)
    check_bool(fn, "ceil_mode", ceil_mode)
    if p > k // 2:
        raise ValueError(
            f"{fn}(): padding must be at most half of kernel_size ({k} // 2 = {k // 2}), got {p}"
        )
    length = input.shape[-1]
    span = d * (k - 1) + 1
    room = length + 2 * p - span
    if room < 0:
        raise ValueError(
            f"{fn}(): the dilated window ({span}) is longer than the padded input ({length + 2 * p})"
        )
    out_len = (room + (s - 1 if ceil_mode else 0)) // s + 1
    if ceil_mode and (out_len - 1) * s >= length + p:
        out_len -= 1  # a window must start inside the input or the left padding
    if input.numel() // max(length, 1) * out_len * k > _MAX_ELEMENTS:
        raise ValueError(f"{fn}(): {out_len} windows of {k} taps are too many to allocate")
    with allocation(fn, f"{input.numel() // length * out_len} windows of {k} taps"):
        # position (in the unpadded input) of every tap of every window: (L_out, k)
        starts = torch.arange(out_len, device=input.device) * s - p
        taps = starts[:, None] + torch.arange(k, device=input.device) * d
        inside = (taps >= 0) & (taps < length)
        safe = taps.clamp(0, max(length - 1, 0))
        with torch.no_grad():
            windows = input.detach()[..., safe].masked_fill(~inside, float("-inf"))
            best = windows.amax(-1, keepdim=True)
            order = torch.arange(k, device=input.device)
            # torch keeps the first maximum, replaces it by any NaN, and starts at the
            # first tap inside the input (which matters when every value is -inf)
            first_max = torch.where(inside & (windows == best), order, k).amin(-1)
            last_nan = torch.where(windows.isnan(), order, -1).amax(-1)
            pick = torch.where(last_nan >= 0, last_nan, first_max)
            indices = taps.expand(*windows.shape[:-2], out_len, k).gather(-1, pick[..., None])[..., 0]
        # reading the input at the indices gives torch's gradient: all of it to the argmax
        out = input.gather(-1, indices)
    return (out, indices) if return_indices else out
