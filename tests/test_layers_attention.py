"""scaled_dot_product_attention and multihead_attention: equal to torch, outputs and gradients."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import multihead_attention, scaled_dot_product_attention, transformer_encoder_layer

# Proven on float32 and float64; float16, bfloat16, complex and integer tensors are refused.
DTYPES = [torch.float32, torch.float64]


def _tol(dtype):
    return {"rtol": 1e-4, "atol": 1e-5} if dtype == torch.float32 else {"rtol": 1e-9, "atol": 1e-11}


def _compare(got, expected, leaves, dtype, seed):
    """Same outputs, and the same gradients for one random upstream gradient."""
    got = [t for t in got if t is not None]
    expected = [t for t in expected if t is not None]
    torch.testing.assert_close(got, expected, **_tol(dtype))
    g = torch.Generator().manual_seed(seed)
    ups = [torch.randn(t.shape, generator=g, dtype=dtype) for t in expected]
    leaves = [t for t in leaves if t.requires_grad]
    grads = [torch.autograd.grad(sum((t * u).sum() for t, u in zip(out, ups)), leaves, allow_unused=True)
             for out in (got, expected)]
    for a, b in zip(*grads):
        torch.testing.assert_close(a, b, **_tol(dtype))


@given(
    dtype=st.sampled_from(DTYPES),
    batch=st.sampled_from([(), (2,), (2, 3), (1, 3)]),
    sizes=st.tuples(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4), st.integers(1, 3)),
    mask=st.sampled_from(["none", "bool", "float", "causal", "bool-broadcast"]),
    scale=st.one_of(st.none(), st.floats(0.1, 2.0)),
    gqa=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_sdpa_equals_torch(dtype, batch, sizes, mask, scale, gqa, seed):
    L, S, E, Ev = sizes
    g = torch.Generator().manual_seed(seed)
    kv_batch = batch
    if gqa:
        batch, kv_batch = (*batch[:-1], 4), (*batch[:-1], 2)
    q = torch.randn(*batch, L, E, generator=g, dtype=dtype, requires_grad=True)
    k = torch.randn(*kv_batch, S, E, generator=g, dtype=dtype, requires_grad=True)
    v = torch.randn(*kv_batch, S, Ev, generator=g, dtype=dtype, requires_grad=True)
    kwargs = {"scale": scale, "enable_gqa": gqa}
    if mask == "bool":  # random, so some query rows are fully masked: torch gives them zeros
        kwargs["attn_mask"] = torch.rand(L, S, generator=g) > 0.4
    elif mask == "bool-broadcast":
        kwargs["attn_mask"] = torch.rand(*batch[-1:], 1, S, generator=g) > 0.3
    elif mask == "float":
        m = torch.randn(L, S, generator=g, dtype=dtype)
        kwargs["attn_mask"] = m.masked_fill(torch.rand(L, S, generator=g) > 0.7, float("-inf"))
    elif mask == "causal":
        kwargs["is_causal"] = True
    got = scaled_dot_product_attention(q, k, v, **kwargs)
    expected = F.scaled_dot_product_attention(q, k, v, **kwargs)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    _compare([got], [expected], [q, k, v], dtype, seed)


def test_sdpa_fully_masked_row_is_zero_with_zero_gradient():
    q, k, v = (torch.randn(1, 2, 3, requires_grad=True) for _ in range(3))
    mask = torch.tensor([[True, True], [False, False]])
    got, expected = scaled_dot_product_attention(q, k, v, mask), F.scaled_dot_product_attention(q, k, v, mask)
    assert torch.equal(got[0, 1], torch.zeros(3)) and torch.equal(expected[0, 1], torch.zeros(3))
    _compare([got], [expected], [q, k, v], torch.float32, 0)


def test_sdpa_follows_the_device():
    q = torch.empty(2, 3, 4, device="meta")
    out = scaled_dot_product_attention(q, q, torch.empty(2, 3, 5, device="meta"), is_causal=True)
    assert out.device.type == "meta" and out.shape == (2, 3, 5)


def _mha_masks(g, kind, n, heads, L, S, dtype):
    """A mask that never hides key 0, so no query row is fully masked (torch gives NaN there)."""
    if kind == "none":
        return None
    shape = (L, S) if kind.endswith("2d") else (n * heads, L, S)
    hide = torch.rand(shape, generator=g) > 0.5
    hide[..., 0] = False
    if kind.startswith("bool"):
        return hide
    return torch.randn(shape, generator=g, dtype=dtype).masked_fill(hide, float("-inf"))


@given(
    dtype=st.sampled_from(DTYPES),
    heads_dim=st.sampled_from([(1, 2), (2, 4), (3, 6)]),
    batch=st.one_of(st.none(), st.integers(1, 3)),
    lengths=st.tuples(st.integers(1, 4), st.integers(1, 4)),
    batch_first=st.booleans(),
    bias=st.booleans(),
    kv_dims=st.sampled_from([None, (3, 5)]),
    attn=st.sampled_from(["none", "bool2d", "float2d", "bool3d", "float3d", "causal"]),
    padding=st.sampled_from(["none", "bool", "float"]),
    need_weights=st.booleans(),
    average=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_multihead_attention_equals_torch(dtype, heads_dim, batch, lengths, batch_first, bias, kv_dims,
                                          attn, padding, need_weights, average, seed):
    heads, embed = heads_dim
    L, S = lengths
    if attn == "causal":
        S = L
    if batch is None and attn.endswith("3d"):
        attn = attn[:-2] + "2d"
    torch.manual_seed(seed)
    kdim, vdim = kv_dims or (embed, embed)
    mha = nn.MultiheadAttention(embed, heads, bias=bias, kdim=kdim, vdim=vdim, batch_first=batch_first)
    mha = mha.to(dtype).eval()
    g = torch.Generator().manual_seed(seed)
    n = batch or 1

    def make(length, width):
        shape = (length, width) if batch is None else ((n, length, width) if batch_first else (length, n, width))
        return torch.randn(shape, generator=g, dtype=dtype, requires_grad=True)

    query, key, value = make(L, embed), make(S, kdim), make(S, vdim)
    kwargs = {"need_weights": need_weights, "average_attn_weights": average}
    if attn == "causal":
        kwargs["attn_mask"] = nn.Transformer.generate_square_subsequent_mask(L, dtype=dtype)
        kwargs["is_causal"] = True
    else:
        kwargs["attn_mask"] = _mha_masks(g, attn, n, heads, L, S, dtype)
    if padding != "none":
        hide = torch.rand(n, S, generator=g) > 0.5
        hide[:, 0] = False
        pad = hide if padding == "bool" else torch.randn(n, S, generator=g, dtype=dtype).masked_fill(hide, -1e9)
        kwargs["key_padding_mask"] = pad[0] if batch is None else pad
    masks = kwargs["attn_mask"], kwargs.get("key_padding_mask")
    if None not in masks and masks[0].dtype != masks[1].dtype:  # torch warns on a mix: give it floats
        kwargs["attn_mask"], kwargs["key_padding_mask"] = (_as_float(m, dtype) for m in masks)
    got = multihead_attention(query, key, value, dict(mha.named_parameters()), heads,
                              batch_first=batch_first, **kwargs)
    expected = mha(query, key, value, **kwargs)
    assert got[0].shape == expected[0].shape
    assert (got[1] is None) == (expected[1] is None)
    _compare(got, expected, [query, key, value, *mha.parameters()], dtype, seed)


def _as_float(mask, dtype):
    if mask.dtype != torch.bool:
        return mask
    return torch.zeros(mask.shape, dtype=dtype).masked_fill(mask, float("-inf"))


def test_fully_masked_query_is_nan_with_weights_and_zero_without():
    torch.manual_seed(0)
    mha = nn.MultiheadAttention(4, 2, bias=False).eval()
    x = torch.randn(3, 2, 4)
    pad = torch.tensor([[False, False, True], [True, True, True]])
    for need in (True, False):
        got = multihead_attention(x, x, x, dict(mha.named_parameters()), 2, key_padding_mask=pad,
                                  need_weights=need)[0]
        expected = mha(x, x, x, key_padding_mask=pad, need_weights=need)[0]
        torch.testing.assert_close(got, expected, equal_nan=True)
        assert got[:, 1].isnan().all() == need


def test_multihead_attention_follows_the_device_and_torch_fast_path():
    mha = nn.MultiheadAttention(4, 2, batch_first=True).eval()
    x = torch.randn(2, 3, 4)
    with torch.no_grad():  # torch takes its fused path here
        ref = mha(x, x, x, need_weights=False)[0]
        got = multihead_attention(x, x, x, dict(mha.named_parameters()), 2, need_weights=False, batch_first=True)[0]
    torch.testing.assert_close(got, ref)
    meta = {k: v.to("meta") for k, v in mha.named_parameters()}
    out, w = multihead_attention(x.to("meta"), x.to("meta"), x.to("meta"), meta, 2, batch_first=True)
    assert out.device.type == "meta" and out.shape == (2, 3, 4) and w.shape == (2, 3, 3)


def test_num_heads_accepts_integer_likes():
    mha = nn.MultiheadAttention(4, 2)
    x = torch.randn(3, 1, 4)
    for heads in (np.int64(2), torch.tensor(2)):
        torch.testing.assert_close(multihead_attention(x, x, x, dict(mha.named_parameters()), heads)[0],
                                   mha(x, x, x)[0])


Q, K, V = torch.randn(2, 3, 4), torch.randn(2, 5, 4), torch.randn(2, 5, 6)
MHA = nn.MultiheadAttention(4, 2)
MW = dict(MHA.named_parameters())
X = torch.randn(3, 2, 4)
sdpa = scaled_dot_product_attention

BAD_CALLS = [
    Bad(sdpa, ([[1.0]], K, V), TypeError, r"scaled_dot_product_attention\(\): query must be a torch.Tensor, got list"),
    Bad(sdpa, (Q.half(), K.half(), V.half()), TypeError, r"query must be float32 or float64, got torch.float16"),
    Bad(sdpa, (Q.long(), K, V), TypeError, r"query must be float32 or float64, got torch.int64"),
    Bad(sdpa, (Q, K.double(), V), TypeError, r"key must have query's dtype torch.float32, got torch.float64"),
    Bad(sdpa, (torch.randn(4), torch.randn(4), torch.randn(4)), ValueError, r"query must have at least 2 dims"),
    Bad(sdpa, (Q, torch.randn(2, 5, 3), V), ValueError, r"query and key must have the same last dim E, got 4 and 3"),
    Bad(sdpa, (Q, K, torch.randn(2, 6, 6)), ValueError,
        r"key and value must have the same length S \(dim -2\), got 5 and 6", note="torch 2.14.1 does not check"),
    Bad(sdpa, (Q, torch.randn(3, 5, 4), torch.randn(3, 5, 6)), ValueError, r"leading dims .* do not broadcast"),
    Bad(sdpa, (Q, K, V), ValueError, r"attn_mask must be None when is_causal=True",
        {"attn_mask": torch.ones(3, 5, dtype=torch.bool), "is_causal": True}),
    Bad(sdpa, (Q, K, V), ValueError, r"attn_mask of shape \(3, 4\) must broadcast to the scores' shape \(2, 3, 5\)",
        {"attn_mask": torch.ones(3, 4, dtype=torch.bool)}),
    Bad(sdpa, (Q, K, V), ValueError, r"attn_mask of shape \(4, 3, 5\) must broadcast",
        {"attn_mask": torch.ones(4, 3, 5, dtype=torch.bool)}, note="mask larger than the scores"),
    Bad(sdpa, (Q, K, V), TypeError, r"attn_mask must be bool or torch.float32, got torch.int64",
        {"attn_mask": torch.ones(3, 5, dtype=torch.long)}),
    Bad(sdpa, (Q, K, V), TypeError, r"attn_mask must be a torch.Tensor, got list", {"attn_mask": [[True]]}),
    Bad(sdpa, (Q, K, V), ValueError, r"attn_mask must be on query's device cpu, got meta",
        {"attn_mask": torch.ones(3, 5, dtype=torch.bool, device="meta")}),
    Bad(sdpa, (Q, K, V), ValueError, r"dropout_p must be 0.0 \(the reference has no dropout\), got 0.1",
        {"dropout_p": 0.1}),
    Bad(sdpa, (Q, K, V), TypeError, r"dropout_p must be a real number, got bool", {"dropout_p": False}),
    Bad(sdpa, (Q, K, V), TypeError, r"is_causal must be a bool, got int", {"is_causal": 1}),
    Bad(sdpa, (Q, K, V), TypeError, r"scale must be a real number, got str", {"scale": "0.5"}),
    Bad(sdpa, (Q, K, V), TypeError, r"scale must be a real number, got a torch.complex64 tensor",
        {"scale": torch.tensor(0.5j)}),
    Bad(sdpa, (Q, K, V), TypeError, r"scale must be a real number, got a torch.float32 tensor of shape \(2,\)",
        {"scale": torch.ones(2)}),
    Bad(sdpa, (Q, K, V), TypeError, r"scale must be a real number, got bool", {"scale": True}),
    Bad(sdpa, (torch.randn(1, 4, 3, 4), torch.randn(1, 3, 5, 4), torch.randn(1, 3, 5, 4)), ValueError,
        r"with enable_gqa the heads \(dim -3\) of key and value must each divide the query's",
        {"enable_gqa": True}),
    Bad(sdpa, (torch.randn(1, 4, 3, 4), torch.randn(1, 0, 5, 4), torch.randn(1, 0, 5, 6)), ValueError,
        r"with enable_gqa the heads \(dim -3\) of key and value must each divide the query's, got query \(1, 4, 3, 4\), "
        r"key \(1, 0, 5, 4\)", {"enable_gqa": True}, note="zero key heads, was ZeroDivisionError"),
    Bad(sdpa, (torch.randn(3, 4), torch.randn(5, 4), torch.randn(5, 6)), ValueError,
        r"with enable_gqa the heads \(dim -3\) of key and value", {"enable_gqa": True}, note="2-d, no head dim"),
    Bad(sdpa, (Q, K, V), TypeError, r"attn_mask must be a dense \(strided\) tensor, got layout torch.sparse_coo",
        {"attn_mask": torch.zeros(3, 5).to_sparse()}, note="sparse mask, was RuntimeError"),
    Bad(sdpa, (Q, K, V), TypeError, r"scale must be a real number, got a torch.float32 tensor of shape \(1,\)",
        {"scale": torch.tensor([0.5])}, note="1-d one-element scale, refused by torch"),
    Bad(sdpa, (Q, K, V), TypeError, r"enable_gqa must be a bool, got NoneType", {"enable_gqa": None}),
    Bad(sdpa, (Q.to("meta"), K, V), ValueError, r"key must be on query's device meta, got cpu"),
    Bad(multihead_attention, (X, X, X, list(MW.values()), 2), TypeError,
        r"multihead_attention\(\): weights must be a mapping"),
    Bad(multihead_attention, (X, X, X, MW, 3), ValueError, r"num_heads=3 must divide embed_dim=4"),
    Bad(multihead_attention, (X, X, X, MW, 0), ValueError, r"num_heads must be >= 1, got 0"),
    Bad(multihead_attention, (X, X, X, MW, 2.0), TypeError, r"num_heads must be an int, got float"),
    Bad(multihead_attention, (X, X, X, MW, True), TypeError, r"num_heads must be an int, got bool"),
    Bad(multihead_attention, (X, X, X, {**MW, "bias_k": torch.zeros(1, 1, 4)}, 2), ValueError,
        r"unexpected \['bias_k'\]", note="add_bias_kv is not modelled"),
    Bad(multihead_attention, (X, X, X, {"in_proj_weight": MW["in_proj_weight"]}, 2), ValueError,
        r"missing \['out_proj.weight'\]"),
    Bad(multihead_attention, (torch.randn(3, 2, 5), torch.randn(3, 2, 5), torch.randn(3, 2, 5), MW, 1), ValueError,
        r"weights\['in_proj_weight'\] must have shape \(15, 5\), got \(12, 4\)"),
    Bad(multihead_attention, (X, torch.randn(4, 2, 4), X, MW, 2), ValueError,
        r"key and value must have query's batch size and one length S"),
    Bad(multihead_attention, (X, X[:, :1], X[:, :1], MW, 2), ValueError,
        r"key and value must have query's batch size", note="batch sizes differ"),
    Bad(multihead_attention, (X, X, X, MW, 2), ValueError, r"key_padding_mask must have shape \(2, 3\), got \(3, 2\)",
        {"key_padding_mask": torch.zeros(3, 2, dtype=torch.bool)}),
    Bad(multihead_attention, (X, X, X, MW, 2), TypeError,
        r"key_padding_mask must be bool or torch.float32, got torch.int64",
        {"key_padding_mask": torch.zeros(2, 3, dtype=torch.long)}),
    Bad(multihead_attention, (X, X, X, MW, 2), ValueError,
        r"attn_mask must have shape \(3, 3\) or \(4, 3, 3\), got \(2, 3, 3\)",
        {"attn_mask": torch.zeros(2, 3, 3, dtype=torch.bool)}),
    Bad(multihead_attention, (X, X, X, MW, 2), TypeError, r"attn_mask must be bool or torch.float32, got torch.float64",
        {"attn_mask": torch.zeros(3, 3, dtype=torch.float64)}),
    Bad(multihead_attention, (X, X, X, MW, 2), ValueError, r"is_causal=True needs attn_mask", {"is_causal": True}),
    Bad(multihead_attention, (X, X, X, MW, 2), TypeError, r"need_weights must be a bool, got str",
        {"need_weights": "no"}),
    Bad(multihead_attention, (X, X, X, MW, 2), TypeError, r"batch_first must be a bool, got int", {"batch_first": 0}),
    Bad(multihead_attention, (X.double(), X.double(), X.double(), MW, 2), TypeError,
        r"weights\['in_proj_weight'\] must have query's dtype torch.float64, got torch.float32"),
    Bad(multihead_attention, (X.bfloat16(), X, X, MW, 2), TypeError, r"query must be float32 or float64, got torch.bfloat16"),
    Bad(multihead_attention, (X, X[0], X[0], MW, 2), ValueError, r"must all be 2-d or all 3-d, got 3-d, 2-d and 2-d"),
    Bad(multihead_attention, (X.to("meta"), X.to("meta"), X.to("meta"), MW, 2), ValueError,
        r"weights\['in_proj_weight'\] must be on query's device meta, got cpu"),
    Bad(multihead_attention, (torch.randn(2, 3, 2, 4), X, X, MW, 2), ValueError,
        r"query must be 2-d or 3-d, got shape \(2, 3, 2, 4\)"),
    Bad(multihead_attention, (X, torch.randn(3, 2, 5), torch.randn(3, 2, 6),
        dict(nn.MultiheadAttention(4, 2, kdim=3, vdim=6).named_parameters()), 2), ValueError,
        r"weights\['k_proj_weight'\] must have shape \(4, 5\), got \(4, 3\) \(key has 5 features\)",
        note="kdim mismatch names key"),
    Bad(multihead_attention, (X, X, X, MW, 2), TypeError,
        r"key_padding_mask must be a dense \(strided\) tensor, got layout torch.sparse_coo",
        {"key_padding_mask": torch.zeros(2, 3, dtype=torch.bool).to_sparse()}, note="sparse padding mask"),
    Bad(multihead_attention, (X, X, X, MW, 2), TypeError, r"attn_mask must be a dense \(strided\) tensor, got layout torch.sparse_coo",
        {"attn_mask": torch.zeros(3, 3).to_sparse()}, note="sparse attn_mask"),
    Bad(multihead_attention, (X[..., :0], X[..., :0], X[..., :0], {"in_proj_weight": torch.zeros(0, 0),
        "out_proj.weight": torch.zeros(0, 0)}, 2), ValueError,
        r"query must have embed_dim >= 1 features, got shape \(2, 3, 0\)", note="embed_dim 0, was NaN weights"),
    Bad(multihead_attention, (torch.randn(3, 2, 5), torch.randn(3, 2, 5), torch.randn(3, 2, 5), MW, 1), ValueError,
        r"weights\['in_proj_weight'\] must have shape \(15, 5\), got \(12, 4\) \(query's embed_dim is 5\)",
        note="names query too"),
]


def test_scale_and_dropout_p_accept_what_torch_accepts():
    for scale in (np.float32(0.5), np.float64(0.5), 1, torch.tensor(0.5), np.int64(2)):
        torch.testing.assert_close(sdpa(Q, K, V, scale=scale), F.scaled_dot_product_attention(Q, K, V, scale=scale))
    for p in (0, np.float64(0.0), torch.tensor(0.0)):
        torch.testing.assert_close(sdpa(Q, K, V, dropout_p=p), F.scaled_dot_product_attention(Q, K, V))


def test_scale_is_a_factor_not_a_divisor():
    q, k, v = Q, K, V
    default = scaled_dot_product_attention(q, k, v)
    torch.testing.assert_close(default, scaled_dot_product_attention(q, k, v, scale=1 / math.sqrt(4)))
    with pytest.raises(AssertionError):
        torch.testing.assert_close(default, scaled_dot_product_attention(q, k, v, scale=math.sqrt(4)))


def test_sdpa_edge_shapes_equal_torch():
    """E = 0 (every score an empty sum: uniform weights), GQA with key and value head counts
    that differ (each repeated by its own factor) and zero heads, as torch computes them."""
    g = torch.Generator().manual_seed(0)
    q, k, v = torch.randn(2, 3, 0, generator=g), torch.randn(2, 5, 0, generator=g), torch.randn(2, 5, 6, generator=g)
    keep = torch.tensor([True, False, True, True, False])
    for kwargs in ({}, {"attn_mask": keep}, {"is_causal": True}, {"scale": float("inf")}):
        torch.testing.assert_close(sdpa(q, k, v, **kwargs), F.scaled_dot_product_attention(q, k, v, **kwargs))
    for q_shape, k_shape, v_shape in [((2, 4, 3, 8), (2, 2, 5, 8), (1, 1, 5, 6)), ((1, 0, 3, 8), (1, 2, 5, 8), (1, 2, 5, 8)),
                                      ((1, 0, 3, 8), (1, 0, 5, 8), (1, 0, 5, 8))]:
        q, k, v = (torch.randn(s, generator=g) for s in (q_shape, k_shape, v_shape))
        got = sdpa(q, k, v, enable_gqa=True)
        torch.testing.assert_close(got, F.scaled_dot_product_attention(q, k, v, enable_gqa=True))
        assert got.shape == F.scaled_dot_product_attention(q, k, v, enable_gqa=True).shape


@given(
    dtype=st.sampled_from(DTYPES),
    heads_dim=st.sampled_from([(1, 2), (2, 4), (2, 6)]),
    ff=st.integers(1, 8),
    batch=st.one_of(st.none(), st.integers(1, 3)),
    seq=st.integers(1, 4),
    batch_first=st.booleans(),
    norm_first=st.booleans(),
    activation=st.sampled_from(["relu", "gelu"]),
    bias=st.booleans(),
    mask=st.sampled_from(["none", "bool", "float", "causal"]),
    padding=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_encoder_layer_equals_torch(dtype, heads_dim, ff, batch, seq, batch_first, norm_first, activation,
                                    bias, mask, padding, seed):
    heads, d = heads_dim
    torch.manual_seed(seed)
    layer = nn.TransformerEncoderLayer(d, heads, dim_feedforward=ff, activation=activation, bias=bias,
                                       batch_first=batch_first, norm_first=norm_first).to(dtype).eval()
    with torch.no_grad():  # LayerNorm starts at weight 1, bias 0: move them so both terms are tested
        for p in layer.parameters():
            p.add_(torch.randn_like(p) * 0.1)
    g = torch.Generator().manual_seed(seed)
    n = batch or 1
    shape = (seq, d) if batch is None else ((n, seq, d) if batch_first else (seq, n, d))
    src = torch.randn(shape, generator=g, dtype=dtype, requires_grad=True)
    kwargs = {}
    if mask == "causal":
        kwargs = {"src_mask": nn.Transformer.generate_square_subsequent_mask(seq, dtype=dtype), "is_causal": True}
    elif mask != "none":
        kwargs["src_mask"] = _mha_masks(g, mask + "2d", n, heads, seq, seq, dtype)
    if padding:
        hide = torch.rand(n, seq, generator=g) > 0.5
        hide[:, 0] = False
        hide = hide if batch is not None else hide[0]
        m = kwargs.get("src_mask")
        kwargs["src_key_padding_mask"] = hide if m is None or m.dtype == torch.bool else _as_float(hide, dtype)
    got = transformer_encoder_layer(src, dict(layer.named_parameters()), heads, activation=activation,
                                    batch_first=batch_first, norm_first=norm_first, **kwargs)
    expected = layer(src, **kwargs)
    assert got.shape == expected.shape
    _compare([got], [expected], [src, *layer.parameters()], dtype, seed)


def test_encoder_layer_equals_torch_fast_path_and_follows_the_device():
    layer = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, batch_first=True, activation="gelu").eval()
    x = torch.randn(2, 5, 8)
    with torch.no_grad():  # eval + batch_first + no_grad: torch's fused encoder kernel
        torch.testing.assert_close(
            transformer_encoder_layer(x, dict(layer.named_parameters()), 2, activation="gelu", batch_first=True),
            layer(x))
    meta = {k: v.to("meta") for k, v in layer.named_parameters()}
    out = transformer_encoder_layer(x.to("meta"), meta, 2, batch_first=True)
    assert out.device.type == "meta" and out.shape == (2, 5, 8)


ENC = dict(nn.TransformerEncoderLayer(4, 2, dim_feedforward=6).named_parameters())
SRC = torch.randn(3, 2, 4)
enc = transformer_encoder_layer

BAD_CALLS += [
    Bad(enc, ([[1.0]], ENC, 2), TypeError, r"transformer_encoder_layer\(\): src must be a torch.Tensor, got list"),
    Bad(enc, (SRC.half(), ENC, 2), TypeError, r"src must be float32 or float64, got torch.float16"),
    Bad(enc, (SRC.double(), ENC, 2), TypeError,
        r"weights\['self_attn.in_proj_weight'\] must have src's dtype torch.float64, got torch.float32"),
    Bad(enc, (SRC, list(ENC.values()), 2), TypeError, r"weights must be a mapping"),
    Bad(enc, (SRC, {k: v for k, v in ENC.items() if k != "norm2.bias"}, 2), ValueError, r"missing \['norm2.bias'\]"),
    Bad(enc, (SRC, {**ENC, "norm3.weight": torch.ones(4)}, 2), ValueError, r"unexpected \['norm3.weight'\]"),
    Bad(enc, (torch.randn(3, 2, 6), ENC, 2), ValueError,
        r"weights\['self_attn.in_proj_weight'\] must have shape \(18, 6\) for src's d_model=6, got \(12, 4\)"),
    Bad(enc, (SRC, {**ENC, "linear2.weight": torch.randn(4, 5)}, 2), ValueError,
        r"weights\['linear2.weight'\] must have shape \(4, 6\) for src's d_model=4, got \(4, 5\)"),
    Bad(enc, (SRC, ENC, 3), ValueError, r"nhead=3 must divide d_model=4"),
    Bad(enc, (SRC, ENC, 0), ValueError, r"nhead must be >= 1, got 0"),
    Bad(enc, (SRC, ENC, 2.0), TypeError, r"nhead must be an int, got float"),
    Bad(enc, (SRC, ENC, 2), ValueError, r"activation must be 'relu' or 'gelu', got 'tanh'", {"activation": "tanh"}),
    Bad(enc, (SRC, ENC, 2), TypeError, r"activation must be the string 'relu' or 'gelu', got function",
        {"activation": F.relu}, note="a callable activation is refused"),
    Bad(enc, (SRC, ENC, 2), ValueError, r"layer_norm_eps must be > 0, got 0", {"layer_norm_eps": 0}),
    Bad(enc, (SRC, ENC, 2), TypeError, r"layer_norm_eps must be a real number, got str", {"layer_norm_eps": "1e-5"}),
    Bad(enc, (SRC, ENC, 2), TypeError, r"norm_first must be a bool, got int", {"norm_first": 1}),
    Bad(enc, (SRC, ENC, 2), ValueError, r"is_causal=True needs src_mask", {"is_causal": True}),
    Bad(enc, (SRC, ENC, 2), ValueError, r"src_mask must have shape \(3, 3\) or \(4, 3, 3\), got \(2, 2\)",
        {"src_mask": torch.zeros(2, 2, dtype=torch.bool)}),
    Bad(enc, (SRC, ENC, 2), ValueError, r"src_key_padding_mask must have shape \(2, 3\), got \(3, 2\)",
        {"src_key_padding_mask": torch.zeros(3, 2, dtype=torch.bool)}),
    Bad(enc, (SRC, ENC, 2), TypeError, r"src_key_padding_mask must be bool or torch.float32, got torch.int64",
        {"src_key_padding_mask": torch.zeros(2, 3, dtype=torch.long)}),
    Bad(enc, (SRC, ENC, 2), TypeError, r"src_mask must be a torch.Tensor, got list", {"src_mask": [[True]]}),
    Bad(enc, (SRC.to("meta"), ENC, 2), ValueError, r"must be on src's device meta, got cpu"),
    Bad(enc, (torch.randn(3, 2, 2, 4), ENC, 2), ValueError, r"src must be 2-d or 3-d, got shape \(3, 2, 2, 4\)"),
    Bad(enc, (SRC, ENC, 2), TypeError, r"src_mask must be a dense \(strided\) tensor, got layout torch.sparse_coo",
        {"src_mask": torch.zeros(3, 3).to_sparse()}, note="sparse src_mask, was RuntimeError"),
    Bad(enc, (SRC, ENC, 2), TypeError,
        r"src_key_padding_mask must be a dense \(strided\) tensor, got layout torch.sparse_coo",
        {"src_key_padding_mask": torch.zeros(2, 3, dtype=torch.bool).to_sparse()}, note="sparse padding mask"),
    Bad(enc, (SRC[..., :0], {k: torch.zeros([0 if s in (4, 12) else s for s in v.shape]) for k, v in ENC.items()}, 2),
        ValueError, r"src must have d_model >= 1 features, got shape \(3, 2, 0\)", note="d_model 0, was ZeroDivisionError"),
    Bad(enc, (SRC, {**ENC, "linear1.weight": torch.randn(24)}, 2), ValueError,
        r"weights\['linear1.weight'\] must be 2-d \(dim_feedforward, d_model=4\), got shape \(24,\)",
        note="1-d linear1, message said shape (-1, 4)"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
