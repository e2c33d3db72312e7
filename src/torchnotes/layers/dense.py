"""Dense layers: ``nn.Linear`` as one matrix product and a bias."""

from __future__ import annotations

import torch

from torchnotes._checks import check_like
from torchnotes.layers._common import MAX_ELEMENTS, allocation, check_float, check_optional_float


def linear(
    input: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None
) -> torch.Tensor:
    """Reference ``F.linear``: ``input @ weight.T + bias`` over the last dimension.

    ``weight`` has ``nn.Linear``'s layout ``(out_features, in_features)``, so each output
    feature is one row of ``weight`` dotted with the input's last dimension. Every leading
    dimension of ``input`` is kept: ``(*, in_features) -> (*, out_features)``. With a bias
    the map is affine, not linear: a zero input gives ``bias``.

    Args:
        input: a float32 or float64 tensor of shape ``(*, in_features)``, at least 1-d.
        weight: ``(out_features, in_features)``, ``nn.Linear.weight``'s layout, with
            ``input``'s dtype and device.
        bias: ``None`` or ``(out_features,)``, same dtype and device.

    Returns:
        A tensor of shape ``(*, out_features)`` with ``input``'s dtype and device.

    Raises:
        TypeError: an argument is not a float32/float64 strided tensor, or the dtypes differ.
        ValueError: the shapes do not fit (``in_features`` of ``input`` and ``weight``, or
            ``bias`` against ``out_features``), the devices differ, or the output is too
            large to allocate.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> layer = torch.nn.Linear(3, 2)
        >>> x = torch.randn(4, 3)
        >>> torch.allclose(linear(x, layer.weight, layer.bias), layer(x), atol=1e-6)
        True
        >>> linear(torch.zeros(3), layer.weight, layer.bias).equal(layer.bias)  # affine #zh: 仿射：零输入得到偏置
        True
        >>> linear(torch.randn(5, 4, 3), layer.weight).shape  # leading dims are kept #zh: 前面的维度保持不变
        torch.Size([5, 4, 2])
    """
    fn = "linear"
    check_float(fn, "input", input)
    check_float(fn, "weight", weight)
    check_like(fn, [("input", input), ("weight", weight)])
    check_optional_float(fn, "bias", bias, input)
    if input.dim() == 0:
        raise ValueError("linear(): input must be at least 1-d (*, in_features), got a 0-d tensor")
    if weight.dim() != 2:
        raise ValueError(
            f"linear(): weight must be 2-d (out_features, in_features), "
            f"got shape {tuple(weight.shape)}"
        )
    if weight.shape[-1] != input.shape[-1]:
        raise ValueError(
            f"linear(): input's last dimension ({input.shape[-1]}) must equal weight's "
            f"in_features ({weight.shape[-1]}); input {tuple(input.shape)}, "
            f"weight {tuple(weight.shape)}"
        )
    if bias is not None and tuple(bias.shape) != weight.shape[:1]:
        raise ValueError(
            f"linear(): bias must have shape ({weight.shape[0]},) (out_features,), "
            f"got {tuple(bias.shape)}"
        )
    if _prod(input.shape[:-1]) * weight.shape[0] > MAX_ELEMENTS:
        raise ValueError(
            f"linear(): the output of shape {(*input.shape[:-1], weight.shape[0])} is too "
            f"large to allocate"
        )
    with allocation(fn, f"the output of shape {(*input.shape[:-1], weight.shape[0])}"):
        # row o of weight holds output feature o's coefficients, hence the transpose
        out = input @ weight.T
        return out if bias is None else out + bias


def _prod(shape: tuple[int, ...]) -> int:
    n = 1
    for size in shape:
        n *= size
    return n
