"""Dropout layers: inverted dropout of elements (``nn.Dropout``) and of whole channels
(``nn.Dropout2d``), drawing from torch's global generator the way torch does on the CPU."""

from __future__ import annotations

from typing import Any

import torch

from torchnotes._checks import check_bool
from torchnotes.layers._common import MAX_ELEMENTS, allocation, check_float, check_prob


def _apply(fn: str, input: Any, p: Any, training: Any, inplace: Any, noise_shape) -> torch.Tensor:
    check_float(fn, "input", input)
    # a NumPy or tensor bool is refused as a bool is; torch, like the reference, reads a
    # 0-d tensor as a number but not a 1-d one
    if not isinstance(p, bool) and type(p).__module__ == "numpy" and type(p).__name__.startswith("bool"):
        raise TypeError(f"{fn}(): p must be a float, got numpy.{type(p).__name__}")
    if isinstance(p, torch.Tensor) and (p.dtype == torch.bool or p.dim() != 0):
        raise TypeError(
            f"{fn}(): p must be a float, got a {p.dtype} tensor of shape {tuple(p.shape)}"
        )
    p = check_prob(fn, "p", p)
    check_bool(fn, "training", training)
    check_bool(fn, "inplace", inplace)
    if not training or p == 0.0 or input.numel() == 0:
        return input  # evaluation (or nothing to drop): the identity, no draw
    if input.numel() > MAX_ELEMENTS:  # an expanded input, say: checked before drawing
        raise ValueError(
            f"{fn}(): input of shape {tuple(input.shape)} is too large: its mask and output "
            f"cannot be allocated"
        )
    with allocation(fn, f"the mask and output of shape {tuple(input.shape)}"):
        if p == 1.0:
            # every unit dropped; torch draws nothing here either
            noise = input.new_zeros(())
        else:
            # Same call, same shape, same order as ATen's CPU kernel, so the same seed gives
            # the same mask: a Bernoulli(1 - p) draw per kept unit, divided by 1 - p in place.
            noise = input.new_empty(noise_shape(input)).bernoulli_(1 - p)
            noise.div_(1 - p)
        if not inplace:
            return input * noise
    try:
        return input.mul_(noise)
    except RuntimeError as error:  # a leaf that requires grad, or overlapping memory
        raise ValueError(f"{fn}(): inplace=True cannot write into input: {error}") from None


def dropout(
    input: torch.Tensor, p: float = 0.5, training: bool = True, inplace: bool = False
) -> torch.Tensor:
    """Reference ``F.dropout``: zero each element with probability ``p``, scale the rest.

    In training every element is kept with probability ``1 - p`` and multiplied by
    ``1 / (1 - p)`` ("inverted" dropout), so the expected value of each element is
    unchanged and evaluation needs no rescaling: with ``training=False`` the input is
    returned as it is. The mask is drawn from torch's global generator exactly as torch
    draws it on the CPU, so after the same ``torch.manual_seed`` it equals
    ``F.dropout``'s on the CPU. (For a CUDA tensor, PyTorch's notes on reproducibility do
    not promise the CPU's mask.)

    Args:
        input: a float32/float64 tensor of any shape.
        p: the probability of zeroing an element, in ``[0, 1]``.
        training: drop (``True``) or return ``input`` unchanged (``False``).
        inplace: write the result into ``input``.

    Returns:
        A tensor of ``input``'s shape, dtype and device (``input`` itself when not
        training, when ``p == 0`` or with ``inplace``).

    Raises:
        TypeError: ``input`` is not a float32/float64 strided tensor, ``p`` is not a real
            number, or a flag is not a bool.
        ValueError: ``p`` is outside ``[0, 1]``, ``inplace=True`` cannot write into
            ``input`` (a leaf that requires grad, or elements sharing memory), or the mask
            and output are too large to allocate.

    Examples:
        >>> x = torch.ones(8)
        >>> _ = torch.manual_seed(0)
        >>> dropout(x, p=0.5)  # kept elements are scaled by 1 / (1 - p) #zh: 保留下来的元素乘以 1 / (1 - p)
        tensor([0., 0., 2., 0., 0., 0., 2., 2.])
        >>> _ = torch.manual_seed(0)
        >>> torch.nn.functional.dropout(x, p=0.5)  # the same draws as torch #zh: 与 torch 抽到的完全相同
        tensor([0., 0., 2., 0., 0., 0., 2., 2.])
        >>> dropout(x, p=0.5, training=False)  # evaluation: the identity #zh: 评估时原样返回
        tensor([1., 1., 1., 1., 1., 1., 1., 1.])
        >>> dropout(x, p=0.5, training=False) is x  # the input itself, not a copy #zh: 就是输入本身，不是副本
        True
    """
    return _apply("dropout", input, p, training, inplace, lambda t: t.shape)


def dropout2d(
    input: torch.Tensor, p: float = 0.5, training: bool = True, inplace: bool = False
) -> torch.Tensor:
    """Reference ``F.dropout2d``: zero whole channels with probability ``p``, scale the rest.

    One Bernoulli draw per ``(sample, channel)`` pair decides for the whole ``H x W`` map
    (spatial dropout, Tompson et al. 2015, for feature maps whose neighbouring pixels are
    correlated). Kept channels are scaled by ``1 / (1 - p)``;
    with ``training=False`` the input is returned unchanged. As torch does (with a warning
    that a future release will change it), a 3-d input is read as ``(N, C, L)``
    (channel-wise 1-d dropout), not as an unbatched ``(C, H, W)`` image. The draws match ``F.dropout2d`` on the CPU after the same seed.

    Args:
        input: a float32/float64 ``(N, C, H, W)`` tensor, or 3-d ``(N, C, L)``.
        p: the probability of zeroing a channel, in ``[0, 1]``.
        training: drop (``True``) or return ``input`` unchanged (``False``).
        inplace: write the result into ``input``.

    Returns:
        A tensor of ``input``'s shape, dtype and device.

    Raises:
        TypeError: ``input`` is not a float32/float64 strided tensor, ``p`` is not a real
            number, or a flag is not a bool.
        ValueError: ``input`` is not 3-d or 4-d (torch only warns and will refuse it),
            ``p`` is outside ``[0, 1]``, ``inplace=True`` cannot write into ``input``, or
            the mask and output are too large to allocate.

    Examples:
        >>> x = torch.ones(1, 4, 2, 2)
        >>> _ = torch.manual_seed(0)
        >>> out = dropout2d(x, p=0.5)
        >>> out.amax(dim=(2, 3))  # one value per channel: all 0 or all 2 #zh: 每个通道只有一个值：全为 0 或全为 2
        tensor([[0., 0., 2., 0.]])
        >>> _ = torch.manual_seed(0)
        >>> torch.equal(out, torch.nn.functional.dropout2d(x, p=0.5))
        True
    """
    fn = "dropout2d"
    check_float(fn, "input", input)
    if input.dim() not in (3, 4):
        raise ValueError(
            f"{fn}(): input must be 4-d (N, C, H, W) or 3-d (N, C, L), got shape "
            f"{tuple(input.shape)}"
        )
    return _apply(fn, input, p, training, inplace, lambda t: (*t.shape[:2], *[1] * (t.dim() - 2)))
