import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import embedding, embedding_grad_mask

# Every dtype torch's embedding accepts for the table; the forward pass is a lookup, so
# the reference must return exactly torch's values in each of them.
WEIGHT_DTYPES = [
    torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64,
    torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool,
]
GRAD_DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16]


@given(
    num=st.integers(1, 8),
    dim=st.integers(0, 4),
    ids_shape=st.lists(st.integers(0, 3), min_size=0, max_size=3),
    seed=st.integers(0, 2**16),
    ids_dtype=st.sampled_from([torch.int64, torch.int32]),
    weight_dtype=st.sampled_from(WEIGHT_DTYPES),
    padding=st.one_of(st.none(), st.integers(-8, 7)),
)
def test_embedding_equals_torch(num, dim, ids_shape, seed, ids_dtype, weight_dtype, padding):
    if padding is not None and not -num <= padding < num:
        padding = None
    g = torch.Generator().manual_seed(seed)
    weight = (torch.randn(num, dim, generator=g) * 5).to(weight_dtype)
    ids = torch.randint(0, num, ids_shape, generator=g).to(ids_dtype)
    expected = F.embedding(ids, weight, padding_idx=padding)
    got = embedding(ids, weight, padding_idx=padding)
    assert got.shape == expected.shape == (*ids_shape, dim)
    assert got.dtype == expected.dtype == weight_dtype
    assert torch.equal(got, expected)


@given(
    num=st.integers(1, 6),
    ids=st.lists(st.integers(0, 5), min_size=0, max_size=8),
    padding=st.one_of(st.none(), st.integers(-6, 5)),
    dtype=st.sampled_from(GRAD_DTYPES),
    seed=st.integers(0, 2**16),
)
def test_embedding_gradient_equals_torch(num, ids, padding, dtype, seed):
    """Same gradient as torch, padding row included: zero however often it is looked up."""
    if padding is not None and not -num <= padding < num:
        padding = None
    g = torch.Generator().manual_seed(seed)
    table = torch.randn(num, 3, generator=g).to(dtype)
    index = torch.tensor([i % num for i in ids], dtype=torch.long)
    upstream = torch.randn(len(ids), 3, generator=g).to(dtype)
    grads = []
    for fn in (F.embedding, embedding):
        weight = table.clone().requires_grad_()
        (fn(index, weight, padding_idx=padding) * upstream).sum().backward()
        grads.append(weight.grad)
    torch.testing.assert_close(grads[1], grads[0], rtol=0, atol=0)


def test_embedding_follows_the_device_of_its_tensors():
    weight = torch.empty(5, 3, device="meta")
    out = embedding(torch.tensor([[1, 4]], device="meta"), weight, padding_idx=0)
    expected = F.embedding(torch.tensor([[1, 4]], device="meta"), weight, padding_idx=0)
    assert out.device == expected.device and out.shape == expected.shape == (1, 2, 3)


def test_embedding_accepts_integer_likes_for_padding_idx():
    weight = torch.randn(4, 2, requires_grad=True)
    for padding in (np.int64(2), torch.tensor(2), np.int32(-2)):
        embedding(torch.tensor([2, 3]), weight, padding_idx=padding).sum().backward()
        assert not weight.grad[2].any()
        weight.grad = None


def test_embedding_of_an_empty_table():
    weight = torch.empty(0, 2)
    ids = torch.empty(0, dtype=torch.long)
    assert torch.equal(embedding(ids, weight), F.embedding(ids, weight))


@given(num=st.integers(0, 6), padding_idx=st.integers(-6, 5), seed=st.integers(0, 2**16))
def test_grad_mask_matches_which_rows_get_gradient(num, padding_idx, seed):
    if not -num <= padding_idx < num:
        with pytest.raises(ValueError, match="padding_idx must be in"):
            embedding_grad_mask(num, padding_idx)
        return
    torch.manual_seed(seed)
    emb = nn.Embedding(num, 3, padding_idx=padding_idx)
    emb(torch.arange(num)).sum().backward()  # every row is used once
    got_gradient = emb.weight.grad.abs().sum(1) > 0
    assert torch.equal(got_gradient, embedding_grad_mask(num, padding_idx))


def test_grad_mask_accepts_integer_likes_and_no_padding():
    assert torch.equal(embedding_grad_mask(np.int64(3), None), torch.ones(3, dtype=torch.bool))
    assert embedding_grad_mask(torch.tensor(3), np.int8(1)).tolist() == [True, False, True]
    assert embedding_grad_mask(0, None).shape == (0,)


def test_padding_row_starts_at_zero_but_is_not_locked():
    emb = nn.Embedding(4, 2, padding_idx=1)
    assert torch.equal(emb.weight[1], torch.zeros(2))
    with torch.no_grad():
        emb.weight[1] = 3.0
    assert torch.equal(emb(torch.tensor([1])), torch.full((1, 2), 3.0))


IDS = torch.tensor([0, 1])
TABLE = torch.ones(3, 2)

BAD_CALLS = [
    Bad(embedding, ([1, 2], TABLE), TypeError, r"embedding\(\): input must be a torch.Tensor, got list"),
    Bad(embedding, (IDS, [[1.0]]), TypeError, r"weight must be a torch.Tensor, got list"),
    Bad(embedding, (torch.tensor([1.0]), TABLE), TypeError,
        r"input must hold int64 or int32 ids, got torch.float32"),
    Bad(embedding, (IDS.short(), TABLE), TypeError, r"input must hold int64 or int32 ids, got torch.int16",
        note="int16 ids refused as torch does"),
    Bad(embedding, (IDS.bool(), TABLE), TypeError, r"input must hold int64 or int32 ids, got torch.bool"),
    Bad(embedding, (IDS, torch.ones(3)), ValueError,
        r"weight must be 2-d \(num_embeddings, embedding_dim\), got shape \(3,\)"),
    Bad(embedding, (IDS, torch.ones(3, 2, 1)), ValueError, r"weight must be 2-d .*got shape \(3, 2, 1\)"),
    Bad(embedding, (torch.tensor([3]), TABLE), ValueError,
        r"ids must lie in \[0, 3\) for a table of 3 rows, got values in \[3, 3\]"),
    Bad(embedding, (torch.tensor([-1]), TABLE), ValueError, r"got values in \[-1, -1\]"),
    Bad(embedding, (torch.tensor([2**40]), TABLE), ValueError, r"got values in \[1099511627776, "),
    Bad(embedding, (IDS, TABLE.to("meta")), ValueError,
        r"input and weight must be on the same device, got input on cpu and weight on meta"),
    Bad(embedding, (IDS, TABLE), ValueError, r"padding_idx must be in \[-3, 3\), got 3", {"padding_idx": 3}),
    Bad(embedding, (IDS, TABLE), ValueError, r"padding_idx must be in \[-3, 3\), got -4", {"padding_idx": -4}),
    Bad(embedding, (IDS, TABLE), TypeError, r"padding_idx must be an int, got float", {"padding_idx": 1.0}),
    Bad(embedding, (IDS, TABLE), TypeError, r"padding_idx must be an int, got bool", {"padding_idx": True}),
    Bad(embedding, (IDS, TABLE), TypeError, r"padding_idx must be an int, got str", {"padding_idx": "0"}),
    Bad(embedding, (IDS, TABLE), TypeError, r"padding_idx must be an int, got a torch.float32 tensor",
        {"padding_idx": torch.tensor(1.0)}),
    Bad(embedding_grad_mask, (-1, None), ValueError, r"embedding_grad_mask\(\): num_embeddings must be >= 0, got -1"),
    Bad(embedding_grad_mask, (4.0, None), TypeError, r"num_embeddings must be an int, got float"),
    Bad(embedding_grad_mask, (True, None), TypeError, r"num_embeddings must be an int, got bool"),
    Bad(embedding_grad_mask, (np.float64(4), None), TypeError, r"num_embeddings must be an int, got float64"),
    Bad(embedding_grad_mask, (2**64, None), ValueError, r"num_embeddings must be <= 2\*\*63 - 1, got 18446744073709551616"),
    Bad(embedding_grad_mask, (2**62, None), ValueError, r"num_embeddings=4611686018427387904 rows does not fit in memory",
        note="huge size fails at once"),
    Bad(embedding_grad_mask, (4, 4), ValueError, r"padding_idx must be in \[-4, 4\), got 4"),
    Bad(embedding_grad_mask, (0, 0), ValueError, r"padding_idx must be in \[0, 0\), got 0"),
    Bad(embedding_grad_mask, (4, 0.0), TypeError, r"padding_idx must be an int, got float"),
    Bad(embedding, (IDS, TABLE.to_sparse()), TypeError,
        r"weight must be a dense \(strided\) tensor, got layout torch.sparse_coo",
        note="sparse table refused, not NotImplementedError"),
    Bad(embedding, (IDS.to_sparse(), TABLE), TypeError,
        r"input must be a dense \(strided\) tensor, got layout torch.sparse_coo"),
    Bad(embedding, (torch.nested.nested_tensor([IDS, IDS[:1]]), TABLE), TypeError,
        r"input must be a dense \(strided\) tensor, got layout torch.strided \(nested\)"),
    Bad(embedding, (torch.zeros(1, dtype=torch.long).expand(2**40), TABLE), ValueError,
        r"1099511627776 ids of 2 values each are too many to allocate",
        note="huge expanded ids fail before min"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
