import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import embedding, embedding_grad_mask


@given(
    num=st.integers(1, 8),
    dim=st.integers(1, 4),
    ids_shape=st.lists(st.integers(0, 3), min_size=0, max_size=3),
    seed=st.integers(0, 2**16),
    dtype=st.sampled_from([torch.int64, torch.int32]),
)
def test_embedding_equals_torch(num, dim, ids_shape, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    weight = torch.randn(num, dim, generator=g)
    ids = torch.randint(0, num, ids_shape, generator=g).to(dtype)
    expected = F.embedding(ids, weight)
    got = embedding(ids, weight)
    assert got.shape == expected.shape == (*ids_shape, dim)
    assert torch.equal(got, expected)


@given(num=st.integers(1, 6), padding_idx=st.integers(-6, 5), seed=st.integers(0, 2**16))
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


def test_padding_row_starts_at_zero_but_is_not_locked():
    emb = nn.Embedding(4, 2, padding_idx=1)
    assert torch.equal(emb.weight[1], torch.zeros(2))
    with torch.no_grad():
        emb.weight[1] = 3.0
    assert torch.equal(emb(torch.tensor([1])), torch.full((1, 2), 3.0))


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "match"),
    [
        (([1, 2], torch.ones(3, 2)), {}, TypeError, r"embedding\(\): input must be a torch.Tensor, got list"),
        ((torch.tensor([1.0]), torch.ones(3, 2)), {}, TypeError, r"input must hold int64 or int32 ids, got torch.float32"),
        ((torch.tensor([1]), torch.ones(3)), {}, ValueError, r"weight must be 2-d \(num_embeddings, embedding_dim\), got shape \(3,\)"),
        ((torch.tensor([3]), torch.ones(3, 2)), {}, ValueError, r"ids must lie in \[0, 3\) for a table of 3 rows, got values in \[3, 3\]"),
        ((torch.tensor([-1]), torch.ones(3, 2)), {}, ValueError, r"got values in \[-1, -1\]"),
        ((torch.tensor([0]), torch.ones(3, 2)), {"padding_idx": 3}, ValueError, r"padding_idx must be in \[-3, 3\), got 3"),
        ((torch.tensor([0]), torch.ones(3, 2)), {"padding_idx": 1.0}, TypeError, r"padding_idx must be an int, got float"),
    ],
)
def test_embedding_bad_input(args, kwargs, error, match):
    with pytest.raises(error, match=match):
        embedding(*args, **kwargs)


def test_grad_mask_bad_input():
    with pytest.raises(ValueError, match=r"embedding_grad_mask\(\): num_embeddings must be >= 1, got 0"):
        embedding_grad_mask(0, None)
