"""Attention: ``F.scaled_dot_product_attention`` and ``nn.MultiheadAttention`` written out.

Both follow torch's mask conventions, which are opposite: a ``True`` in a boolean mask of
``scaled_dot_product_attention`` lets a query attend to a key, a ``True`` in
``nn.MultiheadAttention``'s masks forbids it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import torch

from torchnotes._checks import (
    FIRSTS_DEVICE_MESSAGE,
    check_bool,
    check_dense,
    check_int_like,
    check_same_device,
)
from torchnotes.layers._args import check_float, check_same, check_weights


def scaled_dot_product_attention(
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    attn_mask: torch.Tensor | None = None,
    dropout_p: float = 0.0,
    is_causal: bool = False,
    scale: float | None = None,
    enable_gqa: bool = False,
) -> torch.Tensor:
    """Reference ``F.scaled_dot_product_attention``: ``softmax(q @ k.T * scale + bias) @ v``.

    ``scale`` defaults to ``1 / sqrt(E)`` with ``E = query.size(-1)``; the scores are
    *multiplied* by it. A boolean ``attn_mask`` keeps the pairs where it is ``True`` (the
    others get ``-inf`` before the softmax); a float mask is added to the scores.
    ``is_causal`` keeps key ``j <= i`` for query ``i`` (a lower-triangular mask aligned at
    the top left, also when ``L != S``). As torch 2.13 and 2.14 do on the CPU, a query row
    whose keys are all masked gets zero weights and a zero output instead of NaN. With
    ``enable_gqa`` the key and value heads (dimension ``-3``) are repeated to match the
    query's.

    Args:
        query: ``(..., L, E)``, float32 or float64.
        key: ``(..., S, E)``; leading dimensions broadcast with ``query``'s.
        value: ``(..., S, Ev)``.
        attn_mask: ``None``, a ``bool`` mask or a float mask of ``query``'s dtype (or
            float32), broadcastable to ``(..., L, S)``.
        dropout_p: must be ``0.0``: the reference has no dropout.
        is_causal: apply the causal mask; not together with ``attn_mask``.
        scale: the factor the scores are multiplied by; ``None`` for ``1 / sqrt(E)``.
        enable_gqa: let ``key``/``value`` have fewer heads than ``query`` (grouped-query
            attention); each of their head counts must divide the query's.

    Returns:
        ``(..., L, Ev)`` with ``query``'s dtype and device.

    Raises:
        TypeError: a tensor is not a dense float32/float64 one (or the mask not a dense
            bool/float one), the dtypes differ, or a flag, ``scale`` or ``dropout_p`` has
            the wrong type.
        ValueError: the shapes do not fit, ``attn_mask`` is given with ``is_causal``,
            ``dropout_p`` is not 0, or the tensors are on different devices.

    Examples:
        >>> import torch.nn.functional as F
        >>> _ = torch.manual_seed(0)
        >>> q, k, v = torch.randn(2, 3, 4), torch.randn(2, 5, 4), torch.randn(2, 5, 6)
        >>> out = scaled_dot_product_attention(q, k, v)
        >>> out.shape
        torch.Size([2, 3, 6])
        >>> torch.allclose(out, F.scaled_dot_product_attention(q, k, v), atol=1e-6)
        True
        >>> keep = torch.tensor([True, True, True, False, False])  # attend to 3 keys only #zh: 只关注前 3 个键
        >>> torch.allclose(scaled_dot_product_attention(q, k, v, attn_mask=keep),
        ...                scaled_dot_product_attention(q, k[:, :3], v[:, :3]), atol=1e-6)
        True
        >>> q8, kv = torch.randn(1, 4, 3, 8), torch.randn(1, 2, 5, 8)  # 4 query heads, 2 key/value heads #zh: 查询 4 个头，键和值 2 个头
        >>> torch.allclose(scaled_dot_product_attention(q8, kv, kv, enable_gqa=True),
        ...                F.scaled_dot_product_attention(q8, kv, kv, enable_gqa=True), atol=1e-6)
        True
    """
    fn = "scaled_dot_product_attention"
    for name, t in (("query", query), ("key", key), ("value", value)):
        check_float(fn, name, t)
        if t.dim() < 2:
            raise ValueError(f"{fn}(): {name} must have at least 2 dims (..., length, features), "
                             f"got shape {tuple(t.shape)}")
    check_same(fn, "query", {"query": query, "key": key, "value": value})
    check_bool(fn, "is_causal", is_causal)
    check_bool(fn, "enable_gqa", enable_gqa)
    dropout_p = _real(fn, "dropout_p", dropout_p)
    if dropout_p != 0:
        raise ValueError(f"{fn}(): dropout_p must be 0.0 (the reference has no dropout), got {dropout_p}")
    if scale is not None:
        scale = _real(fn, "scale", scale)
    if query.size(-1) != key.size(-1):
        raise ValueError(f"{fn}(): query and key must have the same last dim E, got "
                         f"{query.size(-1)} and {key.size(-1)}")
    if key.size(-2) != value.size(-2):
        raise ValueError(f"{fn}(): key and value must have the same length S (dim -2), got "
                         f"{key.size(-2)} and {value.size(-2)}")
    if enable_gqa:
        key, value = _repeat_heads(fn, query, key, value)
    try:
        batch = torch.broadcast_shapes(query.shape[:-2], key.shape[:-2], value.shape[:-2])
    except RuntimeError:
        raise ValueError(f"{fn}(): the leading dims of query {tuple(query.shape)}, key "
                         f"{tuple(key.shape)} and value {tuple(value.shape)} do not broadcast") from None
    L, S = query.size(-2), key.size(-2)
    scores_shape = (*batch, L, S)
    if is_causal and attn_mask is not None:
        raise ValueError(f"{fn}(): attn_mask must be None when is_causal=True")
    if attn_mask is not None:
        _check_mask(fn, "attn_mask", attn_mask, query, allow_float32=True)
        try:
            ok = torch.broadcast_shapes(attn_mask.shape, scores_shape) == scores_shape
        except RuntimeError:
            ok = False
        if not ok:
            raise ValueError(f"{fn}(): attn_mask of shape {tuple(attn_mask.shape)} must broadcast "
                             f"to the scores' shape {scores_shape}")
    if is_causal:
        attn_mask = torch.ones(L, S, dtype=torch.bool, device=query.device).tril()
    # E = 0: every score is an empty sum, 0, as in torch (1 / sqrt(0) would be a ZeroDivisionError)
    factor = 1 / math.sqrt(query.size(-1) or 1) if scale is None else scale
    scores = query @ key.transpose(-2, -1)
    if query.size(-1):
        scores = scores * factor
    if attn_mask is not None and attn_mask.dtype == torch.bool:
        scores = scores.masked_fill(~attn_mask, float("-inf"))
    elif attn_mask is not None:
        scores = scores + attn_mask
    return _safe_softmax(scores) @ value


def _real(fn: str, name: str, value: object) -> float:
    """A real number as torch takes it: Python and NumPy numbers, 0-d real tensors (torch
    refuses a one-element 1-d tensor for a float argument).

    ``True``/``False`` are refused: torch would read them as 1.0/0.0, but a flag passed
    as a number is a mistake.
    """
    import numbers

    if isinstance(value, torch.Tensor) and value.dim() == 0 and value.device.type != "meta" \
            and not value.dtype.is_complex and value.dtype != torch.bool:
        return float(value)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        got = type(value).__name__
        if isinstance(value, torch.Tensor):
            got = f"a {value.dtype} tensor of shape {tuple(value.shape)} on {value.device}"
        raise TypeError(f"{fn}(): {name} must be a real number, got {got}")
    return float(value)


def _safe_softmax(scores: torch.Tensor) -> torch.Tensor:
    """Softmax over the keys; a row with every key at ``-inf`` gets zeros, as in torch."""
    dead = (scores == float("-inf")).all(dim=-1, keepdim=True)
    # Replace dead rows before the softmax, not after: softmax's NaN would leak into the
    # gradient even when its weights are masked out afterwards.
    weights = torch.softmax(scores.masked_fill(dead, 0.0), dim=-1)
    return weights.masked_fill(dead, 0.0)


def _repeat_heads(fn, query, key, value):
    # As torch: key and value are repeated each by its own factor, so their head counts may
    # differ as long as each divides the query's (a count of 0 only where the query has 0).
    dims = (query.dim(), key.dim(), value.dim())
    heads = [t.size(-3) if t.dim() >= 3 else None for t in (query, key, value)]
    q, k, v = heads
    if min(dims) < 3 or any(h == 0 and q != 0 or h and q % h for h in (k, v)):
        raise ValueError(f"{fn}(): with enable_gqa the heads (dim -3) of key and value must each "
                         f"divide the query's, got query {tuple(query.shape)}, key "
                         f"{tuple(key.shape)}, value {tuple(value.shape)}")
    return tuple(t.repeat_interleave(q // h, -3) if h else t for t, h in ((key, k), (value, v)))


def _check_mask(fn, name, mask, query, *, allow_float32=False):
    check_dense(fn, name, mask, message="{name} must be a dense (strided) tensor, got layout {layout}{detail}")
    allowed = {torch.bool, query.dtype} | ({torch.float32} if allow_float32 else set())
    if mask.dtype not in allowed:
        raise TypeError(f"{fn}(): {name} must be bool or {query.dtype}, got {mask.dtype}")
    check_same_device(fn, [("query", query), (name, mask)], message=FIRSTS_DEVICE_MESSAGE)


def multihead_attention(
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    weights: Mapping[str, torch.Tensor],
    num_heads: int,
    key_padding_mask: torch.Tensor | None = None,
    need_weights: bool = True,
    attn_mask: torch.Tensor | None = None,
    average_attn_weights: bool = True,
    is_causal: bool = False,
    batch_first: bool = False,
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """Reference ``nn.MultiheadAttention`` in eval mode: project, split heads, attend, merge, project.

    ``query``, ``key`` and ``value`` are projected by the three blocks of
    ``in_proj_weight`` (or by ``q_proj_weight``/``k_proj_weight``/``v_proj_weight`` when
    the module was built with other ``kdim``/``vdim``), cut into ``num_heads`` heads of
    ``embed_dim // num_heads`` features, attended with :func:`scaled_dot_product_attention`,
    concatenated and projected by ``out_proj``. In both masks ``True`` means *do not
    attend*; float masks are added to the scores. As in torch, ``is_causal`` is only a hint
    that ``attn_mask`` is causal; as in torch 2.13 and 2.14 on the CPU, a query row with every
    key masked gives NaN when ``need_weights`` is true and zeros when it is false (torch's
    fused inference path, taken in eval mode with ``batch_first`` under ``no_grad``, gives NaN
    there too). ``add_bias_kv``, ``add_zero_attn`` and dropout are not modelled.

    Args:
        query: ``(L, N, E)``, ``(N, L, E)`` with ``batch_first``, or ``(L, E)``
            unbatched; float32 or float64.
        key: ``(S, N, kdim)`` laid out like ``query``.
        value: ``(S, N, vdim)`` laid out like ``query``.
        weights: ``dict(module.named_parameters())``: ``in_proj_weight`` (or the three
            ``*_proj_weight``), optional ``in_proj_bias``, ``out_proj.weight`` and
            optional ``out_proj.bias``.
        num_heads: number of heads; must divide ``embed_dim``.
        key_padding_mask: ``(N, S)`` (``(S,)`` unbatched), bool (``True`` = padding,
            ignored) or float (added).
        need_weights: also return the attention weights.
        attn_mask: ``(L, S)`` or ``(N * num_heads, L, S)``, bool (``True`` = not allowed)
            or float (added).
        average_attn_weights: average the returned weights over the heads.
        is_causal: hint that ``attn_mask`` is the causal mask; needs ``attn_mask``.
        batch_first: whether inputs and output put the batch first.

    Returns:
        ``(attn_output, attn_weights)``: the output is shaped like ``query``; the weights
        are ``(N, L, S)`` averaged, ``(N, num_heads, L, S)`` per head (no ``N`` when
        unbatched), or ``None`` when ``need_weights`` is false.

    Raises:
        TypeError: a tensor is not a dense float32/float64 one or a mask not a dense
            bool/float one of ``query``'s dtype, the dtypes differ, ``weights`` is not a mapping, or a flag or
            ``num_heads`` has the wrong type.
        ValueError: a shape does not fit, ``query`` has no feature, ``num_heads`` does
            not divide ``embed_dim``,
            ``weights`` lacks or adds names, ``is_causal`` comes without ``attn_mask``, or
            the tensors are on different devices.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> mha = torch.nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
        >>> x = torch.randn(3, 5, 4)  # (batch, seq_len, embed_dim) #zh: （批大小, 序列长度, 嵌入维度）
        >>> pad = torch.tensor([[False] * 5, [False] * 3 + [True] * 2, [False] * 4 + [True]])
        >>> out, w = multihead_attention(x, x, x, dict(mha.named_parameters()), 2,
        ...                              key_padding_mask=pad, batch_first=True)
        >>> out.shape, w.shape
        (torch.Size([3, 5, 4]), torch.Size([3, 5, 5]))
        >>> w[1, 0]  # padded keys 3 and 4 get no weight #zh: 填充的键 3 和 4 权重为 0
        tensor([0.3789, 0.3683, 0.2529, 0.0000, 0.0000], grad_fn=<SelectBackward0>)
        >>> ref_out, ref_w = mha(x, x, x, key_padding_mask=pad)
        >>> torch.allclose(out, ref_out, atol=1e-6), torch.allclose(w, ref_w, atol=1e-6)
        (True, True)
    """
    fn = "multihead_attention"
    for name, flag in (("need_weights", need_weights), ("average_attn_weights", average_attn_weights),
                       ("is_causal", is_causal), ("batch_first", batch_first)):
        check_bool(fn, name, flag)
    num_heads = _heads(fn, num_heads)
    for name, t in (("query", query), ("key", key), ("value", value)):
        check_float(fn, name, t, ndims=(2, 3))
    check_same(fn, "query", {"query": query, "key": key, "value": value})
    if not query.dim() == key.dim() == value.dim():
        raise ValueError(f"{fn}(): query, key and value must all be 2-d or all 3-d, got "
                         f"{query.dim()}-d, {key.dim()}-d and {value.dim()}-d")
    separate = isinstance(weights, Mapping) and "q_proj_weight" in weights
    proj = ["q_proj_weight", "k_proj_weight", "v_proj_weight"] if separate else ["in_proj_weight"]
    w = check_weights(fn, weights, [*proj, "out_proj.weight"], ["in_proj_bias", "out_proj.bias"])
    check_same(fn, "query", {"query": query, **{f"weights[{k!r}]": v for k, v in w.items()}})
    batched = query.dim() == 3
    if batched and not batch_first:  # work with the batch first throughout #zh: 内部统一让批次维度在前
        query, key, value = (t.transpose(0, 1) for t in (query, key, value))
    elif not batched:
        query, key, value = (t.unsqueeze(0) for t in (query, key, value))
    n, L, embed_dim = query.shape
    S = key.size(1)
    if key.shape[:2] != value.shape[:2] or key.size(0) != n:
        raise ValueError(f"{fn}(): key and value must have query's batch size and one length S, "
                         f"got query {tuple(query.shape)}, key {tuple(key.shape)}, value {tuple(value.shape)} "
                         f"(batch first)")
    if embed_dim == 0:  # nn.MultiheadAttention refuses embed_dim=0 too; the weights would be 0/0 = NaN
        raise ValueError(f"{fn}(): query must have embed_dim >= 1 features, got shape {tuple(query.shape)} (batch first)")
    if embed_dim % num_heads:
        raise ValueError(f"{fn}(): num_heads={num_heads} must divide embed_dim={embed_dim}")
    q, k, v = _project(fn, w, separate, query, key, value, embed_dim)
    head_dim = embed_dim // num_heads
    q, k, v = (t.reshape(n, t.size(1), num_heads, head_dim).transpose(1, 2) for t in (q, k, v))
    bias = _merge_masks(fn, query, key_padding_mask, attn_mask, n, num_heads, L, S, batched)
    if is_causal and attn_mask is None:
        raise ValueError(f"{fn}(): is_causal=True needs attn_mask (it is only a hint that the mask is causal)")
    if need_weights:
        # torch's own path here: a plain softmax, so a fully masked row gives NaN #zh: 与 torch 在这里走的路径相同：普通 softmax，键全被屏蔽的行得到 NaN
        scores = q @ k.transpose(-2, -1) / math.sqrt(head_dim)
        attn = torch.softmax(scores if bias is None else scores + bias, dim=-1)
        heads = attn @ v
    elif is_causal and key_padding_mask is None:
        attn, heads = None, scaled_dot_product_attention(q, k, v, is_causal=True)  # the hint is trusted #zh: 相信这个提示
    else:
        attn, heads = None, scaled_dot_product_attention(q, k, v, attn_mask=bias)
    out = heads.transpose(1, 2).reshape(n, L, embed_dim) @ w["out_proj.weight"].T
    if "out_proj.bias" in w:
        out = out + w["out_proj.bias"]
    if attn is not None and average_attn_weights:
        attn = attn.mean(dim=1)
    if not batched:
        return out.squeeze(0), None if attn is None else attn.squeeze(0)
    return (out if batch_first else out.transpose(0, 1)), attn


def _heads(fn, num_heads, name="num_heads"):
    return check_int_like(fn, name, num_heads, minimum=1)


def _project(fn, w, separate, query, key, value, embed_dim):
    if separate:
        mats = [w["q_proj_weight"], w["k_proj_weight"], w["v_proj_weight"]]
        widths = [embed_dim, key.size(-1), value.size(-1)]
    else:
        packed = w["in_proj_weight"]
        if tuple(packed.shape) != (3 * embed_dim, embed_dim):
            raise ValueError(f"{fn}(): weights['in_proj_weight'] must have shape {(3 * embed_dim, embed_dim)}, "
                             f"got {tuple(packed.shape)} (query's embed_dim is {embed_dim})")
        mats = list(packed.chunk(3))
        widths = [embed_dim] * 3
    names = ["q_proj_weight", "k_proj_weight", "v_proj_weight"]
    for name, mat, width, source in zip(names, mats, widths, ("query", "key", "value")):
        if tuple(mat.shape) != (embed_dim, width):
            raise ValueError(f"{fn}(): weights[{name!r}] must have shape {(embed_dim, width)}, got {tuple(mat.shape)} "
                             f"({source} has {width} features)")
    for inp, width, name in zip((query, key, value), widths, ("query", "key", "value")):
        if inp.size(-1) != width:
            raise ValueError(f"{fn}(): {name} must have {width} features, got shape {tuple(inp.shape)}")
    biases = [None] * 3
    if "in_proj_bias" in w:
        if tuple(w["in_proj_bias"].shape) != (3 * embed_dim,):
            raise ValueError(f"{fn}(): weights['in_proj_bias'] must have shape {(3 * embed_dim,)}, "
                             f"got {tuple(w['in_proj_bias'].shape)}")
        biases = list(w["in_proj_bias"].chunk(3))
    out_w = w["out_proj.weight"]
    if tuple(out_w.shape) != (embed_dim, embed_dim):
        raise ValueError(f"{fn}(): weights['out_proj.weight'] must have shape {(embed_dim, embed_dim)}, "
                         f"got {tuple(out_w.shape)}")
    if "out_proj.bias" in w and tuple(w["out_proj.bias"].shape) != (embed_dim,):
        raise ValueError(f"{fn}(): weights['out_proj.bias'] must have shape {(embed_dim,)}, "
                         f"got {tuple(w['out_proj.bias'].shape)}")
    return tuple(x @ m.T + (0 if b is None else b) for x, m, b in zip((query, key, value), mats, biases))


def _merge_masks(fn, query, key_padding_mask, attn_mask, n, heads, L, S, batched):
    """Both masks as one additive float bias of shape (N, heads, L, S), or None."""
    bias = None
    if attn_mask is not None:
        _check_mask(fn, "attn_mask", attn_mask, query)
        if attn_mask.dim() == 2 and tuple(attn_mask.shape) == (L, S):
            mask = attn_mask
        elif attn_mask.dim() == 3 and tuple(attn_mask.shape) == (n * heads, L, S):
            mask = attn_mask.reshape(n, heads, L, S)
        else:
            raise ValueError(f"{fn}(): attn_mask must have shape {(L, S)} or {(n * heads, L, S)}, "
                             f"got {tuple(attn_mask.shape)}")
        bias = _as_bias(mask, query.dtype)
    if key_padding_mask is not None:
        _check_mask(fn, "key_padding_mask", key_padding_mask, query)
        want = (n, S) if batched else (S,)
        if tuple(key_padding_mask.shape) != want:
            raise ValueError(f"{fn}(): key_padding_mask must have shape {want}, got {tuple(key_padding_mask.shape)}")
        pad = _as_bias(key_padding_mask.reshape(n, 1, 1, S), query.dtype)
        bias = pad if bias is None else bias + pad
    return bias


def _as_bias(mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    if mask.dtype != torch.bool:
        return mask
    return torch.zeros(mask.shape, dtype=dtype, device=mask.device).masked_fill(mask, float("-inf"))
