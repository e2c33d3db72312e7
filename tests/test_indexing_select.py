"""index_select, masked_select, nonzero: the references equal torch, or both refuse."""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.indexing import index_select, masked_select, nonzero

# Every dtype the three ops take; the references only move or compare elements, so none
# is refused.
DTYPES = [
    torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64,
    torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.bool,
]


def _tensor(shape, dtype, g):
    """Random values with about 30% zeros (and a NaN now and then for floats)."""
    if dtype.is_floating_point or dtype.is_complex:
        x = torch.randn(shape, generator=g, dtype=torch.float64)
        x = torch.where(torch.rand(shape, generator=g) < 0.3, torch.zeros((), dtype=x.dtype), x)
        x = torch.where(torch.rand(shape, generator=g) < 0.05, torch.full((), float("nan"), dtype=x.dtype), x)
        return x.to(dtype)
    return torch.randint(0, 3, shape, generator=g).to(dtype)


@given(
    shape=st.lists(st.integers(0, 4), min_size=0, max_size=3),
    dim_seed=st.integers(0, 10), n=st.integers(0, 5), seed=st.integers(0, 2**16),
    dtype=st.sampled_from(DTYPES), index_dtype=st.sampled_from([torch.int64, torch.int32]),
    out_of_range=st.integers(0, 9), zero_d=st.booleans(),
)
def test_index_select_equals_torch_or_both_refuse(shape, dim_seed, n, seed, dtype, index_dtype, out_of_range, zero_d):
    g = torch.Generator().manual_seed(seed)
    x = _tensor(shape, dtype, g)
    ndim = max(x.dim(), 1)
    dim = dim_seed % (2 * ndim) - ndim  # negative and positive dims
    size = x.size(dim) if x.dim() else 1
    low, high = (-1, size + 1) if out_of_range == 0 else (0, max(size, 1))
    index = torch.randint(low, high, (n if size or low < 0 else 0,), generator=g).to(index_dtype)
    if zero_d and index.numel() == 1:
        index = index.reshape(())  # torch also takes a 0-d index, as one id
    try:
        expected = torch.index_select(x, dim, index)
    except (RuntimeError, IndexError):
        with pytest.raises(ValueError):
            index_select(x, dim, index)
        return
    got = index_select(x, dim, index)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0, equal_nan=True)


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
    torch.testing.assert_close(got, expected, rtol=0, atol=0, equal_nan=True)


@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=3), seed=st.integers(0, 2**16),
       dtype=st.sampled_from(DTYPES), as_tuple=st.booleans())
def test_nonzero_equals_torch(shape, seed, dtype, as_tuple):
    x = _tensor(shape, dtype, torch.Generator().manual_seed(seed))
    got, expected = nonzero(x, as_tuple=as_tuple), torch.nonzero(x, as_tuple=as_tuple)
    if as_tuple:
        assert len(got) == len(expected) and all(map(torch.equal, got, expected))
        if x.dim():
            torch.testing.assert_close(x[got], x[expected], rtol=0, atol=0, equal_nan=True)
    else:
        assert got.dtype == expected.dtype and torch.equal(got, expected)


def test_walks_across_several_blocks_equal_torch():
    # the references read 2**18 values into Python at a time; a block boundary must not show
    g = torch.Generator().manual_seed(0)
    x = (torch.rand(2, 2**18 + 3, generator=g) < 0.5) * torch.randn(2, 2**18 + 3, generator=g)
    assert torch.equal(nonzero(x), torch.nonzero(x))
    assert torch.equal(masked_select(x, x > 0), torch.masked_select(x, x > 0))


def test_nan_counts_as_nonzero_and_negative_zero_does_not():
    x = torch.tensor([0.0, float("nan"), -0.0, complex(0, 0), complex(0, 1)])
    assert torch.equal(nonzero(x), torch.nonzero(x)) and nonzero(x).tolist() == [[1], [4]]


def test_index_select_takes_numpy_ints_and_follows_meta():
    x, index = torch.arange(6).reshape(2, 3), torch.tensor([2, 0])
    assert torch.equal(index_select(x, np.int32(1), index), torch.index_select(x, 1, index))
    meta, meta_index = x.to("meta"), index.to("meta")
    got, expected = index_select(meta, 1, meta_index), torch.index_select(meta, 1, meta_index)
    assert got.device == expected.device and got.shape == expected.shape and got.dtype == expected.dtype


def test_index_select_glues_several_blocks_of_ids_like_torch():
    # the reference concatenates 2**12 slices at a time, then the blocks
    g = torch.Generator().manual_seed(0)
    x = torch.randn(3, 50, 2, generator=g)
    for dim in (0, 1, -1):
        index = torch.randint(0, x.size(dim), (2 * 2**12 + 7,), generator=g)
        assert torch.equal(index_select(x, dim, index), torch.index_select(x, dim, index))


def test_index_select_takes_a_0d_integer_tensor_as_dim_like_torch():
    x, index = torch.arange(6).reshape(2, 3), torch.tensor([2, 0])
    for dim in (torch.tensor(1), torch.tensor(-1, dtype=torch.int32)):
        assert torch.equal(index_select(x, dim, index), torch.index_select(x, dim, index))


def test_a_broadcast_mask_works_in_masked_select_and_not_in_boolean_indexing():
    x, mask = torch.arange(6).reshape(2, 3), torch.tensor([True, False, True])
    assert masked_select(x, mask).tolist() == torch.masked_select(x, mask).tolist() == [0, 2, 3, 5]
    with pytest.raises(IndexError):
        x[mask]


X3 = torch.ones(3)
SPARSE = torch.eye(3).to_sparse()
with warnings.catch_warnings():  # quantized dtypes are deprecated, but tensors of them still exist
    warnings.simplefilter("ignore")
    QUANTIZED = torch.quantize_per_tensor(torch.ones(3), 0.1, 0, torch.quint8)

BAD_CALLS = [
    Bad(index_select, ([1], 0, torch.tensor([0])), TypeError, r"index_select\(\): input must be a torch.Tensor, got list"),
    Bad(index_select, (X3, 0, [0]), TypeError, r"index must be a torch.Tensor, got list"),
    Bad(index_select, (X3, 0, torch.tensor([0.0])), TypeError, r"index must be int64 or int32, got torch.float32"),
    Bad(index_select, (X3, 0, torch.tensor([0], dtype=torch.int16)), TypeError, r"index must be int64 or int32, got torch.int16"),
    Bad(index_select, (X3, 0, torch.tensor([True])), TypeError, r"got torch.bool"),
    Bad(index_select, (X3, 0, torch.tensor([[0]])), ValueError, r"index must be 1-d, got shape \(1, 1\)"),
    Bad(index_select, (X3, 1, torch.tensor([0])), ValueError, r"dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
    Bad(index_select, (X3, 0.0, torch.tensor([0])), TypeError, r"dim must be an int, got float"),
    Bad(index_select, (X3, False, torch.tensor([0])), TypeError, r"dim must be an int, got bool"),
    Bad(index_select, (X3, torch.tensor([0]), torch.tensor([0])), TypeError, r"dim must be an int, got a torch.int64 tensor of shape \(1,\) on cpu"),
    Bad(index_select, (X3, torch.tensor(0.0), torch.tensor([0])), TypeError, r"dim must be an int, got a torch.float32 tensor of shape \(\) on cpu"),
    Bad(index_select, (X3, 0, torch.zeros(1).expand(2**21).long()), ValueError, r"index has 2097152 ids.*at most 2\*\*20"),
    Bad(index_select, (X3, 0, torch.tensor([3])), ValueError, r"index values must lie in \[0, 3\) along dim=0, got values in \[3, 3\]"),
    Bad(index_select, (X3, 0, torch.tensor([-1])), ValueError, r"got values in \[-1, -1\]"),
    Bad(index_select, (X3, 0, torch.tensor([2**40])), ValueError, r"got values in \[1099511627776, 1099511627776\]"),
    Bad(index_select, (torch.tensor(1.0), 0, torch.tensor([0, 0])), ValueError, r"a 0-d input takes exactly one index value, got 2"),
    Bad(index_select, (X3, 0, torch.tensor([0], device="meta")), ValueError, r"index must be on the device of input \(cpu\), got meta"),
    Bad(masked_select, ([1.0], torch.tensor([True])), TypeError, r"masked_select\(\): input must be a torch.Tensor, got list"),
    Bad(masked_select, (X3, torch.tensor([1, 0, 1])), TypeError, r"masked_select\(\): mask must have dtype torch.bool, got torch.int64"),
    Bad(masked_select, (X3, torch.tensor([1, 0, 1], dtype=torch.uint8)), TypeError, r"mask must have dtype torch.bool, got torch.uint8"),
    Bad(masked_select, (X3, torch.ones(2, dtype=torch.bool)), ValueError, r"mask of shape \(2,\) does not broadcast with input of shape \(3,\)"),
    Bad(masked_select, (X3, [True]), TypeError, r"mask must be a torch.Tensor, got list"),
    Bad(masked_select, (X3, torch.ones(3, dtype=torch.bool, device="meta")), ValueError, r"mask must be on the device of input \(cpu\), got meta"),
    Bad(masked_select, (X3.to("meta"), torch.ones(3, dtype=torch.bool, device="meta")), ValueError, r"meta device hold no values"),
    Bad(masked_select, (torch.ones(2**20, 1), torch.ones(1, 2**20, dtype=torch.bool)), ValueError, r"broadcast to shape \(1048576, 1048576\) \(1099511627776 elements\)"),
    Bad(index_select, (SPARSE, 0, torch.tensor([0])), TypeError, r"index_select\(\): input must be a strided \(dense\) tensor, got layout torch.sparse_coo"),
    Bad(index_select, (QUANTIZED, 0, torch.tensor([0])), TypeError, r"input must not be quantized, got torch.quint8"),
    Bad(masked_select, (SPARSE, torch.ones(3, 3, dtype=torch.bool)), TypeError, r"masked_select\(\): input must be a strided \(dense\) tensor"),
    Bad(masked_select, (torch.ones(3, 3), torch.eye(3, dtype=torch.bool).to_sparse()), TypeError, r"mask must be a strided \(dense\) tensor"),
    Bad(masked_select, (QUANTIZED, torch.ones(3, dtype=torch.bool)), TypeError, r"input must not be quantized"),
    Bad(nonzero, (SPARSE,), TypeError, r"nonzero\(\): input must be a strided \(dense\) tensor, got layout torch.sparse_coo"),
    Bad(nonzero, (QUANTIZED,), TypeError, r"nonzero\(\): input must not be quantized"),
    Bad(nonzero, (torch.ones(2), True), TypeError, r"nonzero\(\) takes 1 positional argument but 2 were given", note="as_tuple is keyword-only as in torch"),
    Bad(nonzero, ([0, 1],), TypeError, r"nonzero\(\): input must be a torch.Tensor, got list"),
    Bad(nonzero, (torch.ones(2),), TypeError, r"as_tuple must be a bool, got int", {"as_tuple": 1}),
    Bad(nonzero, (torch.ones(2),), TypeError, r"as_tuple must be a bool, got numpy.bool", {"as_tuple": np.bool_(True)}),
    Bad(nonzero, (torch.ones(2),), TypeError, r"as_tuple must be a bool, got NoneType", {"as_tuple": None}),
    Bad(nonzero, (torch.ones(2, device="meta"),), ValueError, r"meta device hold no values"),
    Bad(nonzero, (torch.zeros(1).expand(2**27),), ValueError, r"input has shape \(134217728,\) \(134217728 elements\).*at most 2\*\*26"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
