"""How ``nn.Linear`` (and ``nn.Conv*d``) initialise their weights and biases."""

from __future__ import annotations

import math

import torch

from torchnotes._checks import check_like

# torch's reset_parameters calls kaiming_uniform_(weight, a=sqrt(5)): leaky-ReLU gain
# sqrt(2 / (1 + a^2)) = sqrt(1/3), bound gain * sqrt(3 / fan_in) = 1 / sqrt(fan_in)
_A = math.sqrt(5)


def reset_linear_(weight: torch.Tensor, bias: torch.Tensor | None = None, *,
                  generator: torch.Generator | None = None) -> tuple[float, float]:
    """Reference ``nn.Linear.reset_parameters``: fill ``weight`` and ``bias`` in place.

    Both are drawn uniformly from ``[-bound, bound]`` with ``bound = 1 / sqrt(fan_in)``,
    ``fan_in = in_features`` (for a convolution weight, ``in_channels / groups`` times the
    kernel size). torch writes the weight's draw as ``kaiming_uniform_(a=sqrt(5))``, whose
    bound ``sqrt(2 / (1 + a^2)) * sqrt(3 / fan_in)`` is the same ``1 / sqrt(fan_in)``
    (computed here by torch's formula, so the floats agree to the last bit). The bias is not
    zero. The weight is drawn first, then the bias, from ``generator`` or the global
    generator, so after the same seed this gives ``nn.Linear``'s values exactly.

    Args:
        weight: the weight to fill, at least 2-d, ``(out_features, in_features, ...)``, a
            floating-point tensor (float16, bfloat16, float32, float64).
        bias: ``None`` or a 1-d tensor of ``out_features`` values, same dtype and device.
        generator: the ``torch.Generator`` to draw from (on the weight's device), or
            ``None`` for the global one.

    Returns:
        ``(weight_bound, bias_bound)``, the half-widths used. An empty weight is left
        alone, as in torch; the bias bound is 0 when ``fan_in`` is 0.

    Raises:
        TypeError: ``weight``/``bias`` are not floating-point tensors of the same dtype,
            or ``generator`` is not a ``torch.Generator``.
        ValueError: ``weight`` has fewer than 2 dimensions, ``bias`` does not have
            ``out_features`` elements, the devices differ, or a tensor is an expanded view
            (several elements in one memory location, which torch cannot fill either).

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> layer = torch.nn.Linear(100, 3)
        >>> w, b = torch.empty(3, 100), torch.empty(3)
        >>> _ = torch.manual_seed(0)
        >>> reset_linear_(w, b)  # both about 1/sqrt(100) = 0.1 #zh: 两者都约为 1/sqrt(100) = 0.1
        (0.09999999999999999, 0.1)
        >>> torch.equal(w, layer.weight), torch.equal(b, layer.bias)
        (True, True)
        >>> _ = torch.manual_seed(0)
        >>> conv = torch.nn.Conv2d(4, 8, 3, groups=2)
        >>> conv.weight.shape  # in_channels / groups * kernel size: fan_in = 18 #zh: 输入通道数 / groups * 卷积核大小：fan_in = 18
        torch.Size([8, 2, 3, 3])
        >>> w, b = torch.empty(8, 2, 3, 3), torch.empty(8)
        >>> _ = torch.manual_seed(0)
        >>> reset_linear_(w, b)  # both bounds 1 / sqrt(18) #zh: 两个界都是 1 / sqrt(18)
        (0.23570226039551584, 0.23570226039551587)
        >>> torch.equal(w, conv.weight), torch.equal(b, conv.bias)
        (True, True)
    """
    fn = "reset_linear_"
    _check_float(fn, "weight", weight)
    if weight.dim() < 2:
        raise ValueError(
            f"{fn}(): weight must be at least 2-d (out_features, in_features, ...), got shape {tuple(weight.shape)}"
        )
    if bias is not None:
        _check_float(fn, "bias", bias)
        check_like(fn, [("weight", weight), ("bias", bias)])
        if bias.dim() != 1 or bias.numel() != weight.shape[0]:
            raise ValueError(
                f"{fn}(): bias must be 1-d with out_features={weight.shape[0]} elements, got shape {tuple(bias.shape)}"
            )
    if generator is not None:
        if not isinstance(generator, torch.Generator):
            raise TypeError(f"{fn}(): generator must be a torch.Generator or None, got {type(generator).__name__}")
        if generator.device.type != weight.device.type:
            raise ValueError(
                f"{fn}(): generator is on {generator.device.type}, weight on {weight.device.type}"
            )
    fan_in = weight.shape[1] * math.prod(weight.shape[2:])
    weight_bound = 0.0
    with torch.no_grad():
        if weight.numel():  # torch skips an empty weight (with a warning) #zh: torch 对空权重什么也不做（并给出警告）
            gain = math.sqrt(2.0 / (1 + _A**2))
            weight_bound = math.sqrt(3.0) * (gain / math.sqrt(fan_in))
            weight.uniform_(-weight_bound, weight_bound, generator=generator)
        bias_bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0.0
        if bias is not None:
            bias.uniform_(-bias_bound, bias_bound, generator=generator)
    return weight_bound, bias_bound


def _check_float(fn: str, name: str, value: object) -> None:
    if not isinstance(value, torch.Tensor):
        raise TypeError(f"{fn}(): {name} must be a torch.Tensor, got {type(value).__name__}")
    if not value.dtype.is_floating_point or value.layout != torch.strided or value.is_nested:
        kind = f"{value.layout}, nested" if value.is_nested else value.layout
        raise TypeError(f"{fn}(): {name} must be a dense floating-point tensor, got {value.dtype} ({kind})")
    # an expanded view writes several elements to one memory location: uniform_'s RuntimeError #zh: expand 得到的视图让多个元素共用一块内存：uniform_ 会抛出 RuntimeError
    if value.numel() > 1 and any(st == 0 and n > 1 for n, st in zip(value.shape, value.stride())):
        raise ValueError(
            f"{fn}(): {name} must not be an expanded view (stride 0), got shape {tuple(value.shape)} "
            f"and stride {value.stride()}; clone() it first"
        )
