"""gather: the reference equals torch.gather, or both refuse, on every dtype."""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.indexing import gather

# Every dtype torch.gather copies; the reference only moves elements, so none is refused.
DTYPES = [
    torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64,
    torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.bool,
]


def make(shape, dtype, g):
    if dtype.is_floating_point or dtype.is_complex:
        return torch.randn(shape, generator=g, dtype=torch.float64).to(dtype)
    return torch.randint(0, 5, shape, generator=g).to(dtype)


@st.composite
def gather_args(draw):
    ndim = draw(st.integers(0, 3))
    shape = draw(st.lists(st.integers(0, 4), min_size=ndim, max_size=ndim))
    dim = draw(st.integers(-max(ndim, 1), max(ndim, 1) - 1))
    d = dim % max(ndim, 1)
    # index may be smaller than input outside dim, any size along dim; sometimes one
    # dimension too large, to check that both refuse it
    index_shape = [draw(st.integers(0, n)) for n in shape]
    if ndim:
        index_shape[d] = draw(st.integers(0, 4))
        if draw(st.integers(0, 9)) == 0:
            k = draw(st.integers(0, ndim - 1))
            index_shape[k] = shape[k] + 1
    elif draw(st.booleans()):
        index_shape = [1]  # torch pairs a 0-d input with a 1-element 1-d index
    dtype = draw(st.sampled_from(DTYPES))
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    src = make(shape, dtype, g)
    if dtype.is_floating_point and src.numel() and draw(st.booleans()):
        src.view(-1)[0] = float("nan")
    size = shape[d] if ndim else 1
    low, high = (-1, size + 1) if draw(st.integers(0, 9)) == 0 else (0, max(size, 1))
    index = torch.randint(low, high, index_shape, generator=g)
    if size == 0 and high == 1:
        index = index[..., :0] if index.dim() else index  # no valid position exists
    index = index.to(draw(st.sampled_from([torch.int64, torch.int32])))
    return src, dim, index


@given(gather_args())
def test_gather_equals_torch_or_both_refuse(args):
    src, dim, index = args
    try:
        expected = torch.gather(src, dim, index)
    except (RuntimeError, IndexError):
        with pytest.raises(ValueError):
            gather(src, dim, index)
        return
    got = gather(src, dim, index)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0, equal_nan=True)


def test_gather_0d():
    src = torch.tensor(5.0)
    assert torch.equal(gather(src, 0, torch.tensor(0)), torch.gather(src, 0, torch.tensor(0)))


def test_gather_follows_the_device_of_its_input():
    src = torch.empty(3, 4, device="meta")
    index = torch.zeros(2, 4, dtype=torch.int32, device="meta")
    got, expected = gather(src, 0, index), torch.gather(src, 0, index)
    assert got.device == expected.device and got.shape == expected.shape and got.dtype == expected.dtype


def test_gather_takes_numpy_ints_for_dim():
    src, index = torch.arange(6).reshape(2, 3), torch.tensor([[2], [0]])
    assert torch.equal(gather(src, np.int64(1), index), torch.gather(src, np.int64(1), index))


X = torch.ones(2, 2)
I00 = torch.zeros(1, 1, dtype=torch.long)
SPARSE = torch.eye(2).to_sparse()
with warnings.catch_warnings():  # quantized dtypes are deprecated, but tensors of them still exist
    warnings.simplefilter("ignore")
    QUANTIZED = torch.quantize_per_tensor(torch.ones(2, 2), 0.1, 0, torch.quint8)

BAD_CALLS = [
    Bad(gather, ([[1, 2]], 0, I00), TypeError, r"gather\(\): input must be a torch.Tensor, got list"),
    Bad(gather, (X, 0, [[0]]), TypeError, r"gather\(\): index must be a torch.Tensor, got list"),
    Bad(gather, (X, 0, torch.tensor([[0.0]])), TypeError, r"index must have dtype torch.int64 or torch.int32, got torch.float32"),
    Bad(gather, (X, 0, torch.zeros(1, 1, dtype=torch.int16)), TypeError, r"index must have dtype torch.int64 or torch.int32, got torch.int16"),
    Bad(gather, (X, 0, torch.zeros(1, 1, dtype=torch.bool)), TypeError, r"got torch.bool"),
    Bad(gather, (X, 2, I00), ValueError, r"dim must be in \[-2, 1\] for a 2-d tensor, got 2"),
    Bad(gather, (X, -3, I00), ValueError, r"dim must be in \[-2, 1\] for a 2-d tensor, got -3"),
    Bad(gather, (X, 1.0, I00), TypeError, r"dim must be an int, got float"),
    Bad(gather, (X, True, I00), TypeError, r"dim must be an int, got bool"),
    Bad(gather, (X, np.bool_(True), I00), TypeError, r"dim must be an int, got bool"),
    Bad(gather, (X, torch.tensor([1]), I00), TypeError, r"dim must be an int, got a torch.int64 tensor of shape \(1,\) on cpu"),
    Bad(gather, (X, torch.tensor(1.0), I00), TypeError, r"dim must be an int, got a torch.float32 tensor of shape \(\) on cpu"),
    Bad(gather, (X, torch.tensor(True), I00), TypeError, r"dim must be an int, got bool"),
    Bad(gather, (X, torch.tensor(1, device="meta"), I00), TypeError, r"dim must be an int, got a torch.int64 tensor of shape \(\) on meta"),
    Bad(gather, (X, "1", I00), TypeError, r"dim must be an int, got str"),
    Bad(gather, (X, 2**40, I00), ValueError, r"dim must be in \[-2, 1\].*got 1099511627776"),
    Bad(gather, (X, 1, torch.zeros(2, dtype=torch.long)), ValueError, r"same number of dimensions as input \(2\), got index.dim\(\)=1"),
    Bad(gather, (X, 1, torch.zeros(3, 1, dtype=torch.long)), ValueError, r"index.size\(0\)=3 must be <= input.size\(0\)=2"),
    Bad(gather, (X, 1, torch.tensor([[2]])), ValueError, r"index values must lie in \[0, 2\) along dim=1, got values in \[2, 2\]"),
    Bad(gather, (X, 1, torch.tensor([[-1]])), ValueError, r"got values in \[-1, -1\]"),
    Bad(gather, (X, 1, torch.tensor([[2**40]])), ValueError, r"got values in \[1099511627776, 1099511627776\]"),
    Bad(gather, (X, 0, I00.to("meta")), ValueError, r"index must be on the device of input \(cpu\), got meta"),
    Bad(gather, (X.to("meta"), 0, I00), ValueError, r"index must be on the device of input \(meta\), got cpu"),
    Bad(gather, (SPARSE, 1, I00), TypeError, r"input must be a strided \(dense\) tensor, got layout torch.sparse_coo"),
    Bad(gather, (X, 1, I00.to_sparse()), TypeError, r"index must be a strided \(dense\) tensor, got layout torch.sparse_coo"),
    Bad(gather, (QUANTIZED, 1, I00), TypeError, r"input must not be quantized, got torch.quint8"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)


def test_gather_takes_a_0d_integer_tensor_as_dim_like_torch():
    index = torch.tensor([[1, 0]])
    for dim in (torch.tensor(1), torch.tensor(-1, dtype=torch.int32), torch.tensor(1, dtype=torch.uint8)):
        assert torch.equal(gather(X, dim, index), torch.gather(X, dim, index))


def test_gather_empty_index_returns_before_any_other_check():
    # torch returns an empty result without looking at the index's dtype or shape
    src, index = torch.ones(2, 2), torch.zeros(5, 0, dtype=torch.int16)
    assert torch.equal(gather(src, 1, index), torch.gather(src, 1, index))

