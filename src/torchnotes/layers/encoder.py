"""The Transformer encoder layer: self-attention and a feed-forward block, each wrapped in a
residual connection and a layer norm, after (post-norm) or before (pre-norm) the block."""

from __future__ import annotations

import math
from collections.abc import Mapping

import torch

from torchnotes._checks import (
    FIRSTS_DEVICE_MESSAGE,
    check_bool,
    check_same_device,
    check_dense,
)
from torchnotes.layers._args import check_float, check_same, check_weights
from torchnotes.layers.attention import _heads, _real, multihead_attention

_ACTIVATIONS = ("relu", "gelu")


def transformer_encoder_layer(
    src: torch.Tensor,
    weights: Mapping[str, torch.Tensor],
    nhead: int,
    src_mask: torch.Tensor | None = None,
    src_key_padding_mask: torch.Tensor | None = None,
    is_causal: bool = False,
    activation: str = "relu",
    layer_norm_eps: float = 1e-5,
    batch_first: bool = False,
    norm_first: bool = False,
) -> torch.Tensor:
    """Reference ``nn.TransformerEncoderLayer`` in eval mode.

    With ``sa`` the self-attention (:func:`multihead_attention` of ``src`` with itself)
    and ``ff(x) = linear2(activation(linear1(x)))``::

        post-norm (norm_first=False):  x = norm1(x + sa(x));  x = norm2(x + ff(x))
        pre-norm  (norm_first=True):   x = x + sa(norm1(x));  x = x + ff(norm2(x))

    Each layer norm normalises the last dimension with its biased variance, then scales
    and shifts by its own weight and bias. Dropout is not modelled (eval mode).

    Args:
        src: ``(S, N, d_model)``, ``(N, S, d_model)`` with ``batch_first``, or
            ``(S, d_model)`` unbatched; float32 or float64.
        weights: ``dict(layer.named_parameters())``: ``self_attn.in_proj_weight``,
            ``self_attn.out_proj.weight``, ``linear1.weight``, ``linear2.weight``,
            ``norm1.weight``, ``norm2.weight`` and, unless the layer was built with
            ``bias=False``, their biases.
        nhead: number of attention heads; must divide ``d_model``.
        src_mask: ``attn_mask`` of the self-attention, ``(S, S)`` or ``(N * nhead, S, S)``;
            ``True`` (bool) forbids a pair, a float mask is added.
        src_key_padding_mask: ``(N, S)``; ``True`` marks padding.
        is_causal: hint that ``src_mask`` is the causal mask, as in torch.
        activation: ``"relu"`` or ``"gelu"`` (the exact, erf-based GELU).
        layer_norm_eps: the ``eps`` of both layer norms, ``> 0``.
        batch_first: whether ``src`` and the output put the batch first.
        norm_first: pre-norm instead of the default post-norm.

    Returns:
        A tensor shaped like ``src``, with its dtype and device.

    Raises:
        TypeError: a tensor is not a dense float32/float64 one (or a mask not a dense
            bool/float one) or the dtypes differ, ``weights`` is
            not a mapping, or a flag, ``nhead``, ``activation`` or ``layer_norm_eps`` has
            the wrong type.
        ValueError: ``weights`` lacks or adds names, a shape does not fit, ``src`` has no
            feature, ``activation``
            is neither ``"relu"`` nor ``"gelu"``, ``layer_norm_eps`` is not positive, or
            the tensors are on different devices.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> layer = torch.nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16,
        ...                                          batch_first=True, norm_first=True).eval()
        >>> x = torch.randn(3, 5, 8)  # (batch, seq_len, d_model) #zh: （批大小, 序列长度, d_model）
        >>> out = transformer_encoder_layer(x, dict(layer.named_parameters()), nhead=2,
        ...                                 batch_first=True, norm_first=True)
        >>> out.shape
        torch.Size([3, 5, 8])
        >>> torch.allclose(out, layer(x), atol=1e-5)
        True
        >>> gelu = torch.nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16,
        ...                                         activation="gelu", batch_first=True).eval()
        >>> torch.allclose(transformer_encoder_layer(x, dict(gelu.named_parameters()), nhead=2,
        ...                                          activation="gelu", batch_first=True),
        ...                gelu(x), atol=1e-5)  # torch's "gelu" is the exact, erf-based GELU #zh: torch 的 "gelu" 是基于 erf 的精确 GELU
        True
    """
    fn = "transformer_encoder_layer"
    for name, flag in (("is_causal", is_causal), ("batch_first", batch_first), ("norm_first", norm_first)):
        check_bool(fn, name, flag)
    if not isinstance(activation, str):
        raise TypeError(f"{fn}(): activation must be the string 'relu' or 'gelu', got {type(activation).__name__}")
    if activation not in _ACTIVATIONS:
        raise ValueError(f"{fn}(): activation must be 'relu' or 'gelu', got {activation!r}")
    layer_norm_eps = _real(fn, "layer_norm_eps", layer_norm_eps)
    if not layer_norm_eps > 0:
        raise ValueError(f"{fn}(): layer_norm_eps must be > 0, got {layer_norm_eps}")
    check_float(fn, "src", src, ndims=(2, 3))
    core = ["self_attn.in_proj_weight", "self_attn.out_proj.weight", "linear1.weight", "linear2.weight",
            "norm1.weight", "norm2.weight"]
    biases = ["self_attn.in_proj_bias", "self_attn.out_proj.bias", "linear1.bias", "linear2.bias",
              "norm1.bias", "norm2.bias"]
    has_bias = isinstance(weights, Mapping) and any(k in weights for k in biases)
    w = check_weights(fn, weights, core + (biases if has_bias else []))
    check_same(fn, "src", {"src": src, **{f"weights[{k!r}]": v for k, v in w.items()}})
    d_model = src.size(-1)
    if d_model == 0:  # nn.TransformerEncoderLayer refuses d_model=0 too
        raise ValueError(f"{fn}(): src must have d_model >= 1 features, got shape {tuple(src.shape)}")
    nhead = _heads(fn, nhead, "nhead")
    if d_model % nhead:
        raise ValueError(f"{fn}(): nhead={nhead} must divide d_model={d_model}")
    if w["linear1.weight"].dim() != 2:
        raise ValueError(f"{fn}(): weights['linear1.weight'] must be 2-d (dim_feedforward, d_model={d_model}), "
                         f"got shape {tuple(w['linear1.weight'].shape)}")
    ff = w["linear1.weight"].size(0)
    shapes = {"self_attn.in_proj_weight": (3 * d_model, d_model), "self_attn.in_proj_bias": (3 * d_model,),
              "self_attn.out_proj.weight": (d_model, d_model), "self_attn.out_proj.bias": (d_model,),
              "linear1.weight": (ff, d_model), "linear1.bias": (ff,), "linear2.weight": (d_model, ff),
              "linear2.bias": (d_model,), "norm1.weight": (d_model,), "norm1.bias": (d_model,),
              "norm2.weight": (d_model,), "norm2.bias": (d_model,)}
    for key, shape in shapes.items():
        if key in w and tuple(w[key].shape) != shape:
            raise ValueError(f"{fn}(): weights[{key!r}] must have shape {shape} for src's d_model={d_model}, "
                             f"got {tuple(w[key].shape)}")
    _check_masks(fn, src, src_mask, src_key_padding_mask, nhead, batch_first)
    if is_causal and src_mask is None:
        raise ValueError(f"{fn}(): is_causal=True needs src_mask (it is only a hint that the mask is causal)")
    attn = {k.removeprefix("self_attn."): v for k, v in w.items() if k.startswith("self_attn.")}

    def self_attention(x: torch.Tensor) -> torch.Tensor:
        # need_weights=False: the path nn.TransformerEncoderLayer takes #zh: need_weights=False：nn.TransformerEncoderLayer 走的就是这条路径
        return multihead_attention(x, x, x, attn, nhead, key_padding_mask=src_key_padding_mask,
                                   need_weights=False, attn_mask=src_mask, is_causal=is_causal,
                                   batch_first=batch_first)[0]

    def feed_forward(x: torch.Tensor) -> torch.Tensor:
        hidden = _linear(x, w["linear1.weight"], w.get("linear1.bias"))
        if activation == "relu":
            hidden = hidden.clamp_min(0)
        else:  # exact GELU: x * Phi(x), Phi the standard normal CDF #zh: 精确 GELU：x * Phi(x)，Phi 为标准正态分布的累积分布函数
            hidden = 0.5 * hidden * (1 + torch.erf(hidden / math.sqrt(2)))
        return _linear(hidden, w["linear2.weight"], w.get("linear2.bias"))

    def norm(x: torch.Tensor, which: str) -> torch.Tensor:
        return _layer_norm(x, w[f"{which}.weight"], w.get(f"{which}.bias"), layer_norm_eps)

    x = src
    if norm_first:
        x = x + self_attention(norm(x, "norm1"))
        x = x + feed_forward(norm(x, "norm2"))
    else:
        x = norm(x + self_attention(x), "norm1")
        x = norm(x + feed_forward(x), "norm2")
    return x


def _check_masks(fn, src, src_mask, padding, nhead, batch_first):
    """The masks' types and shapes, checked here so that errors name this function's arguments."""
    seq = src.size(0) if src.dim() == 2 or not batch_first else src.size(1)
    batch = None if src.dim() == 2 else src.size(1 if not batch_first else 0)
    shapes = {
        "src_mask": [(seq, seq)] + ([] if batch is None else [(batch * nhead, seq, seq)]),
        "src_key_padding_mask": [(seq,) if batch is None else (batch, seq)],
    }
    for name, mask in (("src_mask", src_mask), ("src_key_padding_mask", padding)):
        if mask is None:
            continue
        check_dense(fn, name, mask, message="{name} must be a dense (strided) tensor, got layout {layout}{detail}")
        if mask.dtype not in (torch.bool, src.dtype):
            raise TypeError(f"{fn}(): {name} must be bool or {src.dtype}, got {mask.dtype}")
        check_same_device(fn, [("src", src), (name, mask)], message=FIRSTS_DEVICE_MESSAGE)
        if tuple(mask.shape) not in shapes[name]:
            want = " or ".join(str(s) for s in shapes[name])
            raise ValueError(f"{fn}(): {name} must have shape {want}, got {tuple(mask.shape)}")


def _linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    out = x @ weight.T
    return out if bias is None else out + bias


def _layer_norm(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, eps: float) -> torch.Tensor:
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)  # biased, as LayerNorm uses
    out = (x - mean) / torch.sqrt(var + eps) * weight
    return out if bias is None else out + bias
