"""sort and topk: the references equal torch, and refuse what they do not follow."""

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.math import sort, topk

EXACT = {"rtol": 0, "atol": 0, "equal_nan": True}
FLOATS = [torch.float16, torch.bfloat16, torch.float32, torch.float64]
INTS = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]
NAN, INF = float("nan"), float("inf")
seeds = st.integers(0, 2**16)


def _data(shape, dtype, g):
    """Small whole numbers (many ties); floats also get NaN, +-inf and -0.0."""
    if not dtype.is_floating_point:
        return torch.randint(0, 3, shape, generator=g).to(dtype)
    x = (torch.randn(shape, generator=g) * 3).round().to(dtype)
    if x.numel():
        pick = torch.rand(shape, generator=g)
        x[pick < 0.1] = NAN
        x[(pick > 0.9) & (pick < 0.95)] = INF
        x[pick >= 0.95] = -INF
        x[(x == 0) & (torch.rand(shape, generator=g) < 0.5)] = -0.0  # -0.0 ties with 0.0
    return x


def _dim(draw, ndim):
    n = max(ndim, 1)  # a 0-d tensor accepts dim 0 and -1
    return draw(st.integers(-n, n - 1))


# --- sort ------------------------------------------------------------------------------

@given(shape=st.lists(st.integers(0, 5), min_size=0, max_size=3), seed=seeds,
       descending=st.booleans(), data=st.data(),
       dtype=st.sampled_from(FLOATS + INTS + [torch.bool, torch.uint16, torch.uint32, torch.uint64]))
def test_sort_equals_stable_torch_sort(shape, seed, descending, data, dtype):
    x = _data(shape, dtype, torch.Generator().manual_seed(seed))
    dim = _dim(data.draw, len(shape))
    values, indices = sort(x, dim=dim, descending=descending)
    expected = torch.sort(x, dim=dim, descending=descending, stable=True)
    assert values.dtype == expected.values.dtype and indices.dtype == torch.int64
    torch.testing.assert_close(values, expected.values, **EXACT)
    assert torch.equal(indices, expected.indices)


def test_sort_nan_is_the_largest():
    x = torch.tensor([NAN, INF, 1.0, NAN, -INF])
    assert sort(x)[1].tolist() == [4, 2, 1, 0, 3]
    assert sort(x, descending=True)[1].tolist() == [0, 3, 1, 2, 4]
    assert torch.equal(sort(x, descending=True)[1], torch.sort(x, descending=True, stable=True).indices)


def test_sort_integer_likes_and_meta():
    x = torch.tensor([[3, 1], [0, 2]])
    for dim in (np.int64(0), torch.tensor(0), np.int32(-2)):
        assert torch.equal(sort(x, dim)[1], torch.sort(x, dim=0, stable=True).indices)
    meta = torch.empty(2, 3, device="meta")
    for got, expected in zip(sort(meta, 1), torch.sort(meta, 1)):
        assert got.device == expected.device and got.shape == expected.shape and got.dtype == expected.dtype


def test_torch_sort_takes_stable_by_keyword_only_and_then_dim_too():
    # two overloads: (input, dim, descending) and (input, *, stable, dim, descending)
    x = torch.tensor([2, 1])
    with pytest.raises(TypeError, match="invalid combination of arguments"):
        torch.sort(x, 0, False, True)
    with pytest.raises(TypeError, match="invalid combination of arguments"):
        torch.sort(x, 0, stable=True)
    assert torch.sort(x, dim=0, descending=False, stable=True).indices.tolist() == [1, 0]


# --- topk ------------------------------------------------------------------------------

@st.composite
def topk_args(draw):
    shape = draw(st.lists(st.integers(0, 6), min_size=0, max_size=3))
    dim = _dim(draw, len(shape))
    size = shape[dim] if shape else 1
    g = torch.Generator().manual_seed(draw(seeds))
    dtype = draw(st.sampled_from(FLOATS + INTS))
    tie_free = draw(st.booleans())
    if tie_free:  # every slice along dim is a permutation: no two values are equal
        x = torch.rand(shape, generator=g).argsort(dim=dim if shape else 0).to(dtype)
    else:
        x = _data(shape, dtype, g)
    return x, draw(st.integers(0, size)), dim, draw(st.booleans()), draw(st.booleans()), tie_free


@given(topk_args())
def test_topk_equals_torch(args):
    x, k, dim, largest, is_sorted, tie_free = args
    values, indices = topk(x, k, dim=dim, largest=largest, sorted=is_sorted)
    expected = torch.topk(x, k, dim=dim, largest=largest, sorted=is_sorted)
    assert values.shape == expected.values.shape and values.dtype == expected.values.dtype
    if x.dim():
        # our indices point at our values, whatever the ties
        torch.testing.assert_close(x.gather(dim, indices), values, **EXACT)
    if is_sorted:
        torch.testing.assert_close(values, expected.values, **EXACT)
        if tie_free:  # with ties torch does not say which index it returns
            assert torch.equal(indices, expected.indices)
    elif x.dim():  # sorted=False: the same entries, in an order torch leaves open
        ours = torch.sort(values, dim=dim, stable=True).values
        theirs = torch.sort(expected.values, dim=dim, stable=True).values
        torch.testing.assert_close(ours, theirs, **EXACT)


def test_topk_nan_counts_as_largest():
    x = torch.tensor([1.0, NAN, 3.0])
    for largest in (True, False):
        got, expected = topk(x, 2, largest=largest), torch.topk(x, 2, largest=largest)
        torch.testing.assert_close(got[0], expected.values, **EXACT)
        assert torch.equal(got[1], expected.indices)


def test_topk_ties_same_values_index_unspecified():
    x = torch.tensor([1.0, 3.0, 3.0, 2.0, 3.0])
    expected = torch.topk(x, 2)
    assert torch.equal(topk(x, 2)[0], expected.values)
    assert topk(x, 2)[1].tolist() == [1, 2]  # the reference: the earliest ties
    assert set(expected.indices.tolist()) <= {1, 2, 4}  # torch: any of the tied positions


def test_topk_integer_likes_0d_and_meta():
    x = torch.tensor([1.0, 3.0, 2.0])
    for k in (np.int64(2), torch.tensor(2), torch.tensor([2])):
        assert torch.equal(topk(x, k)[1], torch.topk(x, 2).indices)
    scalar = torch.tensor(3.0)
    for k in (0, 1):  # a 0-d tensor: k = 0 still returns the element, as torch does
        got, expected = topk(scalar, k), torch.topk(scalar, k)
        assert torch.equal(got[0], expected.values) and torch.equal(got[1], expected.indices)
    meta = torch.empty(2, 5, device="meta")
    for got, expected in zip(topk(meta, 3), torch.topk(meta, 3)):
        assert got.device == expected.device and got.shape == expected.shape and got.dtype == expected.dtype


def test_topk_result_is_a_tuple_not_a_tensor():
    result = torch.topk(torch.tensor([1.0, 3.0, 2.0]), 2)
    assert len(result * 2) == 4  # tuple repetition, not arithmetic
    assert torch.equal(result.values * 2, torch.tensor([6.0, 4.0]))


def test_torch_counterparts_of_the_bad_calls():
    with pytest.raises(RuntimeError, match="selected index k out of range"):
        torch.topk(torch.ones(3), 4)
    with pytest.raises(RuntimeError, match="does not support bool"):
        torch.topk(torch.tensor([True, False]), 1)
    with pytest.raises(NotImplementedError, match="UInt16"):
        torch.topk(torch.tensor([1, 2], dtype=torch.uint16), 1)
    with pytest.raises(RuntimeError, match="does not support complex"):
        torch.sort(torch.tensor([1j]))
    with pytest.raises(TypeError, match="must be int, not bool"):
        torch.topk(torch.ones(3), True)


# --- bad calls -------------------------------------------------------------------------

THREE = torch.ones(3)
BAD_CALLS = [
    Bad(sort, ((3, 1),), TypeError, r"sort\(\): x must be a torch.Tensor, got tuple"),
    Bad(sort, (torch.ones(2),), ValueError, r"sort\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1", {"dim": 1}),
    Bad(sort, (torch.ones(2),), TypeError, r"sort\(\): dim must be an int, got NoneType", {"dim": None}),
    Bad(sort, (torch.ones(2),), TypeError, r"sort\(\): dim must be an int, got float", {"dim": 0.0}),
    Bad(sort, (torch.ones(2),), TypeError, r"sort\(\): dim must be an int, got bool", {"dim": False}),
    Bad(sort, (torch.ones(2),), TypeError, r"sort\(\): dim must be an int, got a torch.bool tensor", {"dim": torch.tensor(False)}),
    Bad(sort, (torch.ones(2),), TypeError, r"sort\(\): descending must be a bool, got int", {"descending": 1}),
    Bad(sort, (torch.tensor([1j]),), TypeError, r"sort\(\): x must be real, complex numbers have no order, got torch.complex64"),
    Bad(topk, (THREE, 4), ValueError, r"topk\(\): k must be <= 3, the size of dim=-1, got 4"),
    Bad(topk, (THREE, -1), ValueError, r"topk\(\): k must be >= 0, got -1"),
    Bad(topk, (THREE, 1.0), TypeError, r"topk\(\): k must be an int, got float"),
    Bad(topk, (THREE, True), TypeError, r"topk\(\): k must be an int, got bool"),
    Bad(topk, (THREE, torch.tensor(True)), TypeError, r"topk\(\): k must be an int, got a torch.bool tensor"),
    Bad(topk, (THREE, 2**40), ValueError, r"topk\(\): k must be <= 3, the size of dim=-1, got 1099511627776"),
    Bad(topk, (THREE, 1), ValueError, r"topk\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1", {"dim": 1}),
    Bad(topk, (THREE, 1), TypeError, r"topk\(\): largest must be a bool, got str", {"largest": "yes"}),
    Bad(topk, (THREE, 1), TypeError, r"topk\(\): sorted must be a bool, got int", {"sorted": 0}),
    Bad(topk, (torch.tensor([True, False]), 1), TypeError, r"topk\(\): x must be a real, non-bool tensor .* got torch.bool"),
    Bad(topk, (torch.tensor([1j]), 1), TypeError, r"topk\(\): x must be a real, non-bool tensor .* got torch.complex64"),
    Bad(topk, (torch.tensor([1], dtype=torch.uint16), 1), TypeError, r"topk\(\): x must be .* got torch.uint16"),
    Bad(topk, ([1.0], 1), TypeError, r"topk\(\): x must be a torch.Tensor, got list"),
    Bad(topk, (THREE, torch.tensor(1, device="meta")), TypeError, r"topk\(\): k must be an int, got a torch.int64 tensor"),
    Bad(topk, (THREE.to_sparse(), 1), TypeError, r"topk\(\): x must be a dense \(strided\) tensor, got a torch.sparse_coo tensor"),
    Bad(sort, (THREE.to_sparse(),), TypeError, r"sort\(\): x must be a dense \(strided\) tensor"),
    # dtypes torch has no kernels for are refused up front, not failed on inside
    Bad(sort, (torch.zeros(2, dtype=torch.uint8).view(torch.bits8),), TypeError, r"sort\(\): x of dtype torch.bits8 is not supported \(torch has few or no kernels for it\)"),
    Bad(topk, (torch.zeros(2, dtype=torch.uint8).view(torch.uint4), 1), TypeError, r"topk\(\): x of dtype torch.uint4 is not supported"),
    # a huge (expanded) tensor fails at once instead of filling memory with Python floats
    Bad(sort, (torch.zeros(1).expand(2**40),), ValueError, r"sort\(\): x has 1099511627776 elements; this reference sorts them one by one in Python and takes at most MAX_ELEMENTS = 16777216"),
    Bad(topk, (torch.zeros(1, 1).expand(2**20, 2**20), 1), ValueError, r"topk\(\): x has 1099511627776 elements"),
    Bad(sort, (torch.ones(2),), TypeError, r"sort\(\): descending must be a bool, got numpy.bool", {"descending": np.bool_(True)}),
    Bad(topk, (THREE, 1), TypeError, r"topk\(\): largest must be a bool, got a torch.bool tensor", {"largest": torch.tensor(True)}),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
