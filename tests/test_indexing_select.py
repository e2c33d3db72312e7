import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.indexing import index_select, masked_select, nonzero

DTYPES = [torch.float32, torch.int64, torch.bool]


def _tensor(shape, dtype, g):
    if dtype.is_floating_point:
        x = torch.randn(shape, generator=g)
        return torch.where(torch.rand(shape, generator=g) < 0.3, torch.zeros(()), x)
    return torch.randint(0, 3, shape, generator=g).to(dtype)


@given(
    shape=st.lists(st.integers(0, 4), min_size=0, max_size=3),
    dim_seed=st.integers(0, 10), n=st.integers(0, 5), seed=st.integers(0, 2**16),
    dtype=st.sampled_from(DTYPES), index_dtype=st.sampled_from([torch.int64, torch.int32]),
)
def test_index_select_equals_torch(shape, dim_seed, n, seed, dtype, index_dtype):
    g = torch.Generator().manual_seed(seed)
    x = _tensor(shape, dtype, g)
    ndim = max(x.dim(), 1)
    dim = dim_seed % (2 * ndim) - ndim  # negative and positive dims
    size = x.size(dim) if x.dim() else 1
    n = 1 if x.dim() == 0 else n  # a scalar takes exactly one index (tested below)
    index = torch.randint(0, max(size, 1), (n if size else 0,), generator=g).to(index_dtype)
    if n == 1 and dim_seed % 2:
        index = index.reshape(())  # torch also takes a 0-d index, as one id
    got, expected = index_select(x, dim, index), torch.index_select(x, dim, index)
    assert got.shape == expected.shape and torch.equal(got, expected)


@st.composite
def broadcastable_shapes(draw):
    """Two shapes that broadcast: a common shape, each side with some dims set to 1
    and some leading dims dropped, so that input may broadcast up to mask and vice versa."""
    common = draw(st.lists(st.integers(0, 4), min_size=0, max_size=3))

    def side():
        ones = draw(st.lists(st.booleans(), min_size=len(common), max_size=len(common)))
        shape = [1 if one else n for one, n in zip(ones, common)]
        return shape[draw(st.integers(0, len(shape))):]

    return side(), side()


@given(shapes=broadcastable_shapes(), seed=st.integers(0, 2**16), dtype=st.sampled_from(DTYPES))
def test_masked_select_equals_torch(shapes, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    x = _tensor(shapes[0], dtype, g)
    mask = torch.rand(shapes[1], generator=g) < 0.5
    got, expected = masked_select(x, mask), torch.masked_select(x, mask)
    assert got.dim() == 1 and got.dtype == expected.dtype
    assert torch.equal(got, expected)


@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=3), seed=st.integers(0, 2**16),
       dtype=st.sampled_from(DTYPES), as_tuple=st.booleans())
def test_nonzero_equals_torch(shape, seed, dtype, as_tuple):
    x = _tensor(shape, dtype, torch.Generator().manual_seed(seed))
    got, expected = nonzero(x, as_tuple=as_tuple), torch.nonzero(x, as_tuple=as_tuple)
    if as_tuple:
        assert len(got) == len(expected) and all(map(torch.equal, got, expected))
        if x.dim():
            assert torch.equal(x[got], x[expected])
    else:
        assert torch.equal(got, expected)


def test_nan_counts_as_nonzero():
    x = torch.tensor([0.0, float("nan"), -0.0])
    assert torch.equal(nonzero(x), torch.nonzero(x)) and nonzero(x).tolist() == [[1]]


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: index_select([1], 0, torch.tensor([0])), TypeError, r"index_select\(\): input must be a torch.Tensor, got list"),
        (lambda: index_select(torch.ones(3), 0, torch.tensor([0.0])), TypeError, r"index must be int64 or int32, got torch.float32"),
        (lambda: index_select(torch.ones(3), 0, torch.tensor([[0]])), ValueError, r"index must be 1-d, got shape \(1, 1\)"),
        (lambda: index_select(torch.ones(3), 1, torch.tensor([0])), ValueError, r"dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: index_select(torch.ones(3), 0, torch.tensor([3])), ValueError, r"index values must lie in \[0, 3\) along dim=0, got values in \[3, 3\]"),
        (lambda: index_select(torch.tensor(1.0), 0, torch.tensor([0, 0])), ValueError, r"a 0-d input takes exactly one index value, got 2"),
        (lambda: masked_select(torch.ones(3), torch.tensor([1, 0, 1])), TypeError, r"masked_select\(\): mask must have dtype torch.bool, got torch.int64"),
        (lambda: masked_select(torch.ones(3), torch.ones(2, dtype=torch.bool)), ValueError, r"mask of shape \(2,\) does not broadcast with input of shape \(3,\)"),
        (lambda: masked_select(torch.ones(3), [True]), TypeError, r"mask must be a torch.Tensor, got list"),
        (lambda: nonzero([0, 1]), TypeError, r"nonzero\(\): input must be a torch.Tensor, got list"),
        (lambda: nonzero(torch.ones(2), as_tuple=1), TypeError, r"as_tuple must be a bool, got int"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
