"""Convolution layers: ``nn.Conv2d`` as im2col + one matrix product, ``nn.ConvTranspose2d``
as a scatter-add of the kernel into the output."""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F

from torchnotes._checks import check_int_like, check_like
from torchnotes.layers._common import (
    MAX_ELEMENTS,
    allocation,
    check_float,
    check_int64,
    check_optional_float,
    int_tuple,
)



def _check_conv_tensors(fn: str, input: Any, weight: Any, bias: Any) -> bool:
    """Check dtypes, devices and ranks; return whether ``input`` has a batch dimension."""
    check_float(fn, "input", input)
    check_float(fn, "weight", weight)
    check_like(fn, [("input", input), ("weight", weight)])
    check_optional_float(fn, "bias", bias, input)
    if input.dim() not in (3, 4):
        raise ValueError(
            f"{fn}(): input must be 4-d (N, C, H, W) or 3-d (C, H, W), "
            f"got shape {tuple(input.shape)}"
        )
    if weight.dim() != 4:
        raise ValueError(f"{fn}(): weight must be 4-d, got shape {tuple(weight.shape)}")
    if 0 in weight.shape:
        # torch refuses empty kernels and zero output channels; zero input channels it
        # answers with a shape that ignores the weight, which the reference does not copy
        raise ValueError(f"{fn}(): weight must have no empty dimension, got shape {tuple(weight.shape)}")
    if input.shape[-3] == 0:
        raise ValueError(f"{fn}(): input must have at least 1 channel, got shape {tuple(input.shape)}")
    if 0 in input.shape[-2:] and (input.dim() == 3 or input.shape[0] > 0):
        # torch pads and convolves an empty batch, not an empty image
        raise ValueError(
            f"{fn}(): input must have a non-zero height and width unless the batch is "
            f"empty, got shape {tuple(input.shape)}"
        )
    return input.dim() == 4


def _pair(fn: str, name: str, value: Any, minimum: int) -> tuple[int, int]:
    """``int_tuple`` for 2 ints, also taking a 1-sequence as torch does (``stride=(2,)``)."""
    if isinstance(value, (tuple, list)) and len(value) == 1:
        value = value[0]
    pair = int_tuple(fn, name, value, 2, minimum=minimum)
    check_int64(fn, name, pair)
    return pair


def _check_groups(fn: str, groups: Any, channels: int, name: str, other: int, other_name: str) -> int:
    groups = check_int_like(fn, "groups", groups, minimum=1)
    if channels % groups or other % groups:
        raise ValueError(
            f"{fn}(): groups={groups} must divide {name} ({channels}) and {other_name} ({other})"
        )
    return groups


def _check_bias(fn: str, bias: torch.Tensor | None, out_channels: int) -> None:
    if bias is not None and tuple(bias.shape) != (out_channels,):
        raise ValueError(
            f"{fn}(): bias must have shape ({out_channels},) (out_channels,), "
            f"got {tuple(bias.shape)}"
        )


def _check_size(fn: str, what: str, shape: tuple[int, ...]) -> None:
    numel = 1
    for n in shape:
        numel *= n
    if numel > MAX_ELEMENTS:
        raise ValueError(f"{fn}(): {what} of shape {shape} is too large to allocate")


def conv2d(
    input: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor | None = None,
    stride: int | tuple[int, int] = 1,
    padding: int | tuple[int, int] | str = 0,
    dilation: int | tuple[int, int] = 1,
    groups: int = 1,
) -> torch.Tensor:
    """Reference ``F.conv2d`` by im2col: unfold every window into a column, then one matmul.

    ``F.unfold`` copies each ``kernel_size`` window of the zero-padded input (its taps
    ``dilation`` apart, windows ``stride`` apart) into one column; the convolution is then
    a matrix product of the flattened kernels with those columns, done per group. Like
    torch (and unlike the textbook convolution) the kernel is not flipped: this is
    cross-correlation. The output size along each axis is
    ``(size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1``.

    Args:
        input: float32/float64, ``(N, C_in, H, W)`` or unbatched ``(C_in, H, W)``.
        weight: ``(C_out, C_in // groups, kH, kW)``, ``nn.Conv2d.weight``'s layout, with
            ``input``'s dtype and device.
        bias: ``None`` or ``(C_out,)``.
        stride: an int or a pair ``(sH, sW)``, each ``>= 1``.
        padding: an int or a pair of zeros added on both sides, each ``>= 0``, or
            ``"valid"`` (none) or ``"same"`` (output as large as the input; stride 1 only,
            an odd total goes one more to the bottom/right as in torch).
        dilation: an int or a pair ``>= 1``: the spacing of the kernel's taps.
        groups: ``>= 1``, dividing ``C_in`` and ``C_out``; group ``g`` sees only its
            ``C_in // groups`` channels.

    Returns:
        ``(N, C_out, H_out, W_out)`` (no ``N`` for an unbatched input), with ``input``'s
        dtype and device.

    Raises:
        TypeError: a tensor is not float32/float64 and strided, dtypes differ, or an integer
            argument is not an integer (a bool or a float is refused).
        ValueError: wrong ranks or shapes (an image with no height or width is refused
            unless the batch is empty, as in torch), ``groups`` does not divide the
            channels, an argument is out of range (above 2**63 - 1 included), ``"same"``
            with a stride above 1, the window is larger than the padded input, an
            intermediate is too large to allocate, or the devices differ.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> conv = torch.nn.Conv2d(4, 6, kernel_size=3, stride=2, padding=1, groups=2)
        >>> x = torch.randn(1, 4, 5, 5)
        >>> out = conv2d(x, conv.weight, conv.bias, stride=2, padding=1, groups=2)
        >>> out.shape, torch.allclose(out, conv(x), atol=1e-6)
        (torch.Size([1, 6, 3, 3]), True)
        >>> x = torch.arange(3.0).reshape(1, 1, 1, 3)
        >>> conv2d(x, torch.tensor([[[[1.0, 0.0, 0.0]]]]))  # not flipped: picks x[0] #zh: 不翻转卷积核：取到 x[0]
        tensor([[[[0.]]]])
        >>> pair = torch.ones(1, 1, 1, 2)
        >>> conv2d(x, pair, padding="same")  # the odd zero goes right: [0+1, 1+2, 2+0] #zh: 多出的一个零补在右侧：[0+1, 1+2, 2+0]
        tensor([[[[1., 3., 2.]]]])
        >>> torch.nn.functional.conv2d(x, pair, padding="same")  # torch does the same #zh: torch 的结果相同
        tensor([[[[1., 3., 2.]]]])
    """
    fn = "conv2d"
    batched = _check_conv_tensors(fn, input, weight, bias)
    x = input if batched else input.unsqueeze(0)
    n, c_in, h, w = x.shape
    c_out, c_per_group, kh, kw = weight.shape
    groups = _check_groups(fn, groups, c_in, "input channels", c_out, "out_channels")
    if c_per_group * groups != c_in:
        raise ValueError(
            f"{fn}(): weight's shape {tuple(weight.shape)} expects {c_per_group * groups} input "
            f"channels with groups={groups}, got {c_in}"
        )
    _check_bias(fn, bias, c_out)
    sh, sw = _pair(fn, "stride", stride, 1)
    dh, dw = _pair(fn, "dilation", dilation, 1)
    if isinstance(padding, str):
        if padding == "valid":
            pads = (0, 0, 0, 0)
        elif padding == "same":
            if (sh, sw) != (1, 1):
                raise ValueError(f"{fn}(): padding='same' needs stride 1, got stride {stride!r}")
            # torch puts the odd one out at the end (bottom/right)
            th, tw = dh * (kh - 1), dw * (kw - 1)
            pads = (tw // 2, tw - tw // 2, th // 2, th - th // 2)
        else:
            raise ValueError(f"{fn}(): padding must be 'valid', 'same' or ints, got {padding!r}")
    else:
        ph, pw = _pair(fn, "padding", padding, 0)
        pads = (pw, pw, ph, ph)
    hp, wp = h + pads[2] + pads[3], w + pads[0] + pads[1]
    oh = (hp - dh * (kh - 1) - 1) // sh + 1
    ow = (wp - dw * (kw - 1) - 1) // sw + 1
    if oh <= 0 or ow <= 0:
        raise ValueError(
            f"{fn}(): the dilated kernel ({dh * (kh - 1) + 1}, {dw * (kw - 1) + 1}) is larger "
            f"than the padded input ({hp}, {wp})"
        )
    _check_size(fn, "the padded input", (n, c_in, hp, wp))
    _check_size(fn, "the unfolded input", (n, c_in * kh * kw, oh * ow))
    with allocation(
        fn, f"the padded input {(n, c_in, hp, wp)} or its unfolded copy {(n, c_in * kh * kw, oh * ow)}"
    ):
        x = F.pad(x, pads)
        # im2col: (N, C_in * kH * kW, L), one column per output position
        cols = F.unfold(x, (kh, kw), dilation=(dh, dw), stride=(sh, sw))
        cols = cols.reshape(n, groups, c_per_group * kh * kw, oh * ow)
        kernels = weight.reshape(groups, c_out // groups, c_per_group * kh * kw)
        out = torch.einsum("gok,ngkl->ngol", kernels, cols).reshape(n, c_out, oh, ow)
        if bias is not None:
            out = out + bias.reshape(1, c_out, 1, 1)
    return out if batched else out.squeeze(0)


def conv_transpose2d(
    input: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor | None = None,
    stride: int | tuple[int, int] = 1,
    padding: int | tuple[int, int] = 0,
    output_padding: int | tuple[int, int] = 0,
    groups: int = 1,
    dilation: int | tuple[int, int] = 1,
) -> torch.Tensor:
    """Reference ``F.conv_transpose2d`` as a scatter-add: each input pixel stamps the kernel.

    Input pixel ``(i, j)`` adds ``input[c, i, j] * weight[c, o, ki, kj]`` to output pixel
    ``(i * stride + ki * dilation, j * stride + kj * dilation)``; overlapping stamps add up.
    This is the gradient of :func:`conv2d` with respect to its input, not its inverse.
    ``padding`` then crops that many rows/columns from each border and ``output_padding``
    makes the result that many rows/columns larger, so the output size along each axis is
    ``(size - 1) * stride - 2 * padding + dilation * (kernel - 1) + output_padding + 1``.

    Args:
        input: float32/float64, ``(N, C_in, H, W)`` or unbatched ``(C_in, H, W)``.
        weight: ``(C_in, C_out // groups, kH, kW)``, ``nn.ConvTranspose2d.weight``'s
            layout (input channels first), with ``input``'s dtype and device.
        bias: ``None`` or ``(C_out,)``.
        stride: an int or a pair ``>= 1``.
        padding: an int or a pair ``>= 0``, cropped from both borders.
        output_padding: an int or a pair ``>= 0``, smaller than ``stride`` or ``dilation``
            on that axis (torch's rule); it picks one of the sizes that a strided
            :func:`conv2d` maps to the same output size.
        groups: ``>= 1``, dividing ``C_in`` and ``C_out``.
        dilation: an int or a pair ``>= 1``.

    Returns:
        ``(N, C_out, H_out, W_out)`` (no ``N`` for an unbatched input), with ``input``'s
        dtype and device.

    Raises:
        TypeError: a tensor is not float32/float64 and strided, dtypes differ, or an integer
            argument is not an integer.
        ValueError: wrong ranks or shapes (an image with no height or width is refused
            unless the batch is empty, as in torch), ``groups`` does not divide the
            channels, an argument is out of range (above 2**63 - 1 included),
            ``output_padding`` is not smaller than ``stride`` or ``dilation``, the output
            would be empty or is too large to allocate, or the devices differ.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> up = torch.nn.ConvTranspose2d(2, 3, kernel_size=3, stride=2, padding=1, output_padding=1)
        >>> x = torch.randn(1, 2, 4, 4)
        >>> out = conv_transpose2d(x, up.weight, up.bias, stride=2, padding=1, output_padding=1)
        >>> out.shape, torch.allclose(out, up(x), atol=1e-6)
        (torch.Size([1, 3, 8, 8]), True)
        >>> one = torch.zeros(1, 1, 2, 2); one[0, 0, 1, 1] = 1.0
        >>> conv_transpose2d(one, torch.ones(1, 1, 2, 2), stride=2)  # one pixel stamps the kernel #zh: 一个像素盖上整个卷积核
        tensor([[[[0., 0., 0., 0.],
                  [0., 0., 0., 0.],
                  [0., 0., 1., 1.],
                  [0., 0., 1., 1.]]]])
    """
    fn = "conv_transpose2d"
    batched = _check_conv_tensors(fn, input, weight, bias)
    x = input if batched else input.unsqueeze(0)
    n, c_in, h, w = x.shape
    if weight.shape[0] != c_in:
        raise ValueError(
            f"{fn}(): weight's first dimension ({weight.shape[0]}) must equal input channels "
            f"({c_in}); the layout is (C_in, C_out // groups, kH, kW)"
        )
    groups = check_int_like(fn, "groups", groups, minimum=1)
    if c_in % groups:
        raise ValueError(f"{fn}(): groups={groups} must divide input channels ({c_in})")
    c_per_group = weight.shape[1]
    c_out = c_per_group * groups
    kh, kw = weight.shape[2:]
    _check_bias(fn, bias, c_out)
    sh, sw = _pair(fn, "stride", stride, 1)
    ph, pw = _pair(fn, "padding", padding, 0)
    oph, opw = _pair(fn, "output_padding", output_padding, 0)
    dh, dw = _pair(fn, "dilation", dilation, 1)
    if oph >= max(sh, dh) or opw >= max(sw, dw):
        raise ValueError(
            f"{fn}(): output_padding {(oph, opw)} must be smaller than stride {(sh, sw)} "
            f"or dilation {(dh, dw)} on each axis"
        )
    # the uncropped canvas every stamp lands on, plus output_padding at the bottom/right
    full_h = (h - 1) * sh + dh * (kh - 1) + 1 + oph
    full_w = (w - 1) * sw + dw * (kw - 1) + 1 + opw
    oh, ow = full_h - 2 * ph, full_w - 2 * pw
    if oh <= 0 or ow <= 0:
        raise ValueError(
            f"{fn}(): the output size ({oh}, {ow}) is not positive; padding {(ph, pw)} "
            f"crops more than the {(full_h, full_w)} the input covers"
        )
    _check_size(fn, "the output", (n, c_out, full_h, full_w))
    xg = x.reshape(n, groups, c_in // groups, h, w)
    wg = weight.reshape(groups, c_in // groups, c_per_group, kh, kw)
    # one input row (column) is one stamp whatever the stride: step 1 then, as a huge
    # step would overflow the strides of the slice
    step_h, step_w = (sh if h > 1 else 1), (sw if w > 1 else 1)
    with allocation(fn, f"the output of shape {(n, c_out, full_h, full_w)}"):
        canvas = x.new_zeros(n, groups, c_per_group, full_h, full_w)
        for ki in range(kh):
            for kj in range(kw):
                # every input pixel times this tap, added at its strided place on the canvas
                stamp = torch.einsum("ngchw,gco->ngohw", xg, wg[..., ki, kj])
                rows = slice(ki * dh, ki * dh + (h - 1) * sh + 1, step_h)
                cols = slice(kj * dw, kj * dw + (w - 1) * sw + 1, step_w)
                canvas[..., rows, cols] += stamp
        out = canvas.reshape(n, c_out, full_h, full_w)[..., ph : ph + oh, pw : pw + ow]
        if bias is not None:
            out = out + bias.reshape(1, c_out, 1, 1)
    return out if batched else out.squeeze(0)
