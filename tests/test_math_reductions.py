"""clamp, nan_to_num, var/std, sort and topk: the references equal torch."""

import math
import warnings

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.math import clamp, nan_to_num, sort, std, topk, var

EXACT = {"rtol": 0, "atol": 0, "equal_nan": True}
FLOATS = [torch.float16, torch.bfloat16, torch.float32, torch.float64]
INTS = [torch.int8, torch.int32, torch.int64]
NAN, INF = float("nan"), float("inf")
shapes = st.lists(st.integers(0, 4), min_size=0, max_size=3)
seeds = st.integers(0, 2**16)


def _data(shape, dtype, g, specials=True):
    """Values in about [-10, 10]; floats get ~10% NaN, ~5% +inf and ~5% -inf."""
    if not dtype.is_floating_point:
        return torch.randint(-6, 7, shape, generator=g).to(dtype)
    x = (torch.randn(shape, generator=g) * 5).to(dtype)
    if specials and x.numel():
        pick = torch.rand(shape, generator=g)
        x[pick < 0.1] = NAN
        x[(pick > 0.9) & (pick < 0.95)] = INF
        x[pick >= 0.95] = -INF
    return x


def _dim(draw, ndim):
    n = max(ndim, 1)  # a 0-d tensor accepts dim 0 and -1
    return draw(st.integers(-n, n - 1))


# --- clamp ---------------------------------------------------------------------------

number_bounds = st.one_of(
    st.none(), st.integers(-8, 8), st.floats(-8, 8), st.sampled_from([NAN, INF, -INF, -0.0])
)


@given(shape=shapes, seed=seeds, dtype=st.sampled_from(FLOATS + INTS), lo=number_bounds,
       hi=number_bounds)
def test_clamp_number_bounds_equal_torch(shape, seed, dtype, lo, hi):
    if lo is None and hi is None:
        lo = 0
    x = _data(shape, dtype, torch.Generator().manual_seed(seed))
    # exact, dtype included: an int tensor with a float bound must come back as float
    torch.testing.assert_close(clamp(x, lo, hi), torch.clamp(x, lo, hi), **EXACT)


@st.composite
def tensor_bounds(draw):
    shape = draw(st.lists(st.integers(1, 3), min_size=0, max_size=3))
    g = torch.Generator().manual_seed(draw(seeds))
    x = _data(shape, draw(st.sampled_from(FLOATS + INTS)), g)
    bounds = []
    for _ in range(2):
        if draw(st.booleans()):
            bounds.append(None)
            continue
        # a suffix of x's shape with some sizes set to 1, sometimes an extra leading dim
        cut = draw(st.integers(0, len(shape)))
        bshape = [n if draw(st.booleans()) else 1 for n in shape[cut:]]
        if cut == 0 and draw(st.integers(0, 4)) == 0:
            bshape = [2, *bshape]  # the bound may broadcast x up
        bounds.append(_data(bshape, draw(st.sampled_from(FLOATS + INTS)), g))
    if bounds == [None, None]:
        bounds[0] = torch.tensor(0.0)
    return x, *bounds


@given(tensor_bounds())
def test_clamp_tensor_bounds_equal_torch(args):
    # mixed dtypes and 0-d vs dimensioned bounds exercise the promotion rule; the bounds
    # are often NaN and often cross (min > max somewhere)
    x, lo, hi = args
    torch.testing.assert_close(clamp(x, lo, hi), torch.clamp(x, lo, hi), **EXACT)


@pytest.mark.parametrize(
    ("x", "lo", "hi", "dtype"),
    [
        # a 0-d float64 bound does not widen dimensioned float16: same category
        (torch.tensor([1], dtype=torch.int32), torch.tensor(0.0, dtype=torch.float64),
         torch.tensor([5.0], dtype=torch.float16), torch.float16),
        (torch.tensor(1, dtype=torch.int32), torch.tensor(0.0, dtype=torch.float64),
         torch.tensor(5.0, dtype=torch.float16), torch.float64),
        (torch.tensor(1, dtype=torch.int32), torch.tensor(0, dtype=torch.int64),
         torch.tensor([5], dtype=torch.int8), torch.int8),
        (torch.tensor([1, 2]), 1, 0.5, torch.float32),
    ],
)
def test_clamp_promotes_like_torch(x, lo, hi, dtype):
    assert torch.clamp(x, lo, hi).dtype == dtype
    torch.testing.assert_close(clamp(x, lo, hi), torch.clamp(x, lo, hi), **EXACT)


def test_clamp_min_above_max_gives_max():
    x = torch.tensor([-5.0, 0.0, 5.0])
    assert torch.equal(clamp(x, 3, 1), torch.full((3,), 1.0))
    assert torch.equal(torch.clamp(x, 3, 1), torch.full((3,), 1.0))


def test_clamp_seed_example_001():
    # the user's notes claim [0, 0.5, 1, 0.8]; the run agrees
    t = torch.tensor([-1, 0.5, 2, 0.8])
    assert torch.clamp(t, min=0, max=1).tolist() == pytest.approx([0, 0.5, 1, 0.8])
    assert torch.equal(clamp(t, min=0, max=1), torch.clamp(t, min=0, max=1))


def test_clamp_gradient_is_zero_outside_and_at_a_number_bound():
    x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
    torch.clamp(x, 0, 1).sum().backward()
    assert x.grad.tolist() == [0.0, 0.0, 1.0, 0.0, 0.0]
    x.grad = None
    torch.clamp(x, torch.tensor(0.0), torch.tensor(1.0)).sum().backward()
    assert x.grad.tolist() == [0.0, 0.5, 1.0, 0.5, 0.0]  # tensor bounds share the tie


@pytest.mark.parametrize(
    ("x", "bounds"),
    [
        (torch.ones(2, dtype=torch.float16), {"max": 1e5}),
        (torch.ones(2, dtype=torch.int8), {"min": -1000}),
    ],
)
def test_clamp_number_bound_overflow_raises_like_torch(x, bounds):
    with pytest.raises(RuntimeError, match="without overflow"):
        torch.clamp(x, **bounds)
    with pytest.raises(ValueError, match=r"clamp\(\): .* does not fit in torch\.(float16|int8)"):
        clamp(x, **bounds)


# --- nan_to_num ----------------------------------------------------------------------

replacements = st.one_of(st.none(), st.floats(-1e6, 1e6), st.sampled_from([NAN, INF, -INF]))


@given(shape=shapes, seed=seeds, dtype=st.sampled_from(FLOATS), nan=st.floats(-1e6, 1e6),
       posinf=replacements, neginf=replacements)
def test_nan_to_num_equals_torch(shape, seed, dtype, nan, posinf, neginf):
    # 1e6 does not fit in float16: both round it to inf rather than raise
    x = _data(shape, dtype, torch.Generator().manual_seed(seed))
    got = nan_to_num(x, nan=nan, posinf=posinf, neginf=neginf)
    torch.testing.assert_close(got, torch.nan_to_num(x, nan, posinf, neginf), **EXACT)


@pytest.mark.parametrize("dtype", FLOATS)
def test_nan_to_num_defaults_are_the_finite_extremes(dtype):
    x = torch.tensor([NAN, INF, -INF], dtype=dtype)
    info = torch.finfo(dtype)
    expected = torch.tensor([0.0, info.max, info.min], dtype=dtype)
    assert torch.equal(nan_to_num(x), expected) and torch.equal(torch.nan_to_num(x), expected)


@pytest.mark.parametrize("dtype", [torch.complex64, torch.complex128])
def test_nan_to_num_complex_parts_separately(dtype):
    x = torch.tensor([complex(NAN, INF), complex(-INF, 1.0), complex(2.0, NAN)], dtype=dtype)
    torch.testing.assert_close(nan_to_num(x), torch.nan_to_num(x), **EXACT)


@pytest.mark.parametrize("x", [torch.tensor([1, -2]), torch.tensor([True, False])])
def test_nan_to_num_leaves_integers_alone(x):
    assert torch.equal(nan_to_num(x, nan=5.0), torch.nan_to_num(x, nan=5.0))


# --- var / std -----------------------------------------------------------------------

# torch accumulates with its own algorithm and order, the reference with the two-pass
# formula: both are within a few ulps times N of the truth for data like this, but floating
# addition is not associative, so they are not bit-identical. float16 and
# bfloat16 are accumulated in float32 by both, so the results differ by at most one
# rounding of the final cast (about 2**-8 relative for bfloat16).
TOLERANCE = {
    torch.float64: {"rtol": 1e-10, "atol": 1e-12},
    torch.float32: {"rtol": 1e-5, "atol": 1e-5},
    torch.float16: {"rtol": 2e-3, "atol": 1e-3},
    torch.bfloat16: {"rtol": 1.6e-2, "atol": 1e-2},
}


@st.composite
def var_args(draw):
    shape = draw(st.lists(st.integers(0, 5), min_size=0, max_size=3))
    ndim = len(shape)
    kind = draw(st.sampled_from(["none", "int", "tuple", "empty"]))
    if kind == "int":
        dim = _dim(draw, ndim)
    elif kind == "tuple" and ndim:
        dim = tuple(draw(st.permutations(range(ndim)))[: draw(st.integers(1, ndim))])
        dim = tuple(d - ndim if draw(st.booleans()) else d for d in dim)
    else:
        dim = () if kind == "empty" else None
    dtype = draw(st.sampled_from(FLOATS))
    g = torch.Generator().manual_seed(draw(seeds))
    x = _data(shape, dtype, g, specials=draw(st.integers(0, 4)) == 0) + 3
    return x, dim, draw(st.integers(0, 3)), draw(st.booleans())


@given(var_args())
def test_var_and_std_equal_torch(args):
    x, dim, correction, keepdim = args
    for ours, theirs in ((var, torch.var), (std, torch.std)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            got = ours(x, dim, correction, keepdim)
            ours_warned = len(caught)
            expected = theirs(x, dim, correction=correction, keepdim=keepdim)
        assert got.shape == expected.shape and got.dtype == expected.dtype
        torch.testing.assert_close(got, expected, equal_nan=True, **TOLERANCE[x.dtype])
        if x.numel():  # both warn exactly when N - correction <= 0
            assert ours_warned == 1 and len(caught) == 2 or ours_warned == 0 and not caught


def test_numpy_and_torch_disagree_by_default():
    data = [1.0, 2.0, 3.0, 4.0]
    x = torch.tensor(data, dtype=torch.float64)
    assert np.var(data) == 1.25 and torch.var(x).item() == pytest.approx(5 / 3)
    assert np.var(data, ddof=1) == pytest.approx(torch.var(x).item())
    assert np.std(data) == pytest.approx(torch.std(x, correction=0).item())
    assert var(x, correction=0).item() == pytest.approx(np.var(data))


def test_unbiased_keyword_still_accepted_silently_today():
    # torch 2.0 replaced unbiased= by correction=; torch 2.14.1 still accepts the old
    # keyword (and the old positional bool) without any warning. This fails when it changes.
    x = torch.tensor([1.0, 2.0, 3.0, 4.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert torch.equal(torch.var(x, unbiased=False), torch.var(x, correction=0))
        assert torch.equal(torch.var(x, unbiased=True), torch.var(x, correction=1))
        assert torch.equal(torch.std(x, unbiased=False), torch.std(x, correction=0))
        assert torch.equal(torch.var(x, 0, False), torch.var(x, 0, correction=0))


def test_mean_of_integers_raises_and_var_too():
    with pytest.raises(RuntimeError, match="Input dtype must be either a floating point"):
        torch.tensor([1, 2]).mean()
    with pytest.raises(RuntimeError, match="std and var only support floating point"):
        torch.tensor([1, 2]).var()
    assert torch.tensor([1, 2]).mean(dtype=torch.float32).item() == 1.5


# --- sort ----------------------------------------------------------------------------


@given(shape=st.lists(st.integers(0, 5), min_size=0, max_size=3), seed=seeds,
       descending=st.booleans(), data=st.data(),
       dtype=st.sampled_from(FLOATS + INTS + [torch.uint8, torch.bool]))
def test_sort_equals_stable_torch_sort(shape, seed, descending, data, dtype):
    g = torch.Generator().manual_seed(seed)
    if dtype.is_floating_point:
        x = _data(shape, dtype, g).round()  # rounding makes ties likely
        x[x == 0] = -0.0 if data.draw(st.booleans()) else 0.0  # -0.0 ties with 0.0
    else:
        x = torch.randint(0, 3, shape, generator=g).to(dtype)
    dim = _dim(data.draw, len(shape))
    values, indices = sort(x, dim=dim, descending=descending)
    expected = torch.sort(x, dim=dim, descending=descending, stable=True)
    torch.testing.assert_close(values, expected.values, **EXACT)
    assert torch.equal(indices, expected.indices)


def test_sort_nan_is_the_largest():
    x = torch.tensor([NAN, INF, 1.0, NAN, -INF])
    assert sort(x)[1].tolist() == [4, 2, 1, 0, 3]
    assert sort(x, descending=True)[1].tolist() == [0, 3, 1, 2, 4]
    assert torch.equal(sort(x, descending=True)[1], torch.sort(x, descending=True, stable=True).indices)


# --- topk ----------------------------------------------------------------------------


@st.composite
def topk_args(draw):
    shape = draw(st.lists(st.integers(0, 6), min_size=0, max_size=3))
    dim = _dim(draw, len(shape))
    size = shape[dim] if shape else 1
    g = torch.Generator().manual_seed(draw(seeds))
    dtype = draw(st.sampled_from([torch.float16, torch.float32, torch.float64, torch.int64]))
    tie_free = draw(st.booleans())
    if tie_free:  # every slice along dim is a permutation: no two values are equal
        x = torch.rand(shape, generator=g).argsort(dim=dim if shape else 0).to(dtype)
    else:
        x = _data(shape, dtype, g).round()
    return x, draw(st.integers(0, size)), dim, draw(st.booleans()), draw(st.booleans()), tie_free


@given(topk_args())
def test_topk_equals_torch(args):
    x, k, dim, largest, is_sorted, tie_free = args
    values, indices = topk(x, k, dim=dim, largest=largest, sorted=is_sorted)
    expected = torch.topk(x, k, dim=dim, largest=largest, sorted=is_sorted)
    assert values.shape == expected.values.shape
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


def test_topk_result_is_a_tuple_not_a_tensor():
    result = torch.topk(torch.tensor([1.0, 3.0, 2.0]), 2)
    assert len(result * 2) == 4  # tuple repetition, not arithmetic
    assert torch.equal(result.values * 2, torch.tensor([6.0, 4.0]))


# --- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: clamp(torch.ones(2)), ValueError, r"clamp\(\): at least one of min and max must be given, got neither"),
        (lambda: clamp([1.0], min=0), TypeError, r"clamp\(\): x must be a torch.Tensor, got list"),
        (lambda: clamp(torch.ones(2), min="0"), TypeError, r"clamp\(\): min must be a number or a tensor, got str"),
        (lambda: clamp(torch.ones(2), max=True), TypeError, r"clamp\(\): max must be a number or a tensor, got bool"),
        (lambda: clamp(torch.ones(2), min=torch.zeros(2), max=1.0), TypeError, r"clamp\(\): min and max must both be numbers or both be tensors"),
        (lambda: clamp(torch.tensor([True]), min=torch.tensor(False)), TypeError, r"clamp\(\): .* real number dtype, got torch.bool"),
        (lambda: clamp(torch.tensor([1j]), min=0), TypeError, r"clamp\(\): .* got torch.complex64"),
        (lambda: clamp(torch.ones(2, 3), min=torch.zeros(2)), ValueError, r"clamp\(\): min of shape \(2,\) does not broadcast with x of shape \(2, 3\)"),
        (lambda: clamp(torch.ones(1, dtype=torch.float16), max=7e4), ValueError, r"clamp\(\): max=70000.0 does not fit in torch.float16, whose range is \[-65504.0, 65504.0\]"),
        (lambda: nan_to_num([1.0]), TypeError, r"nan_to_num\(\): x must be a torch.Tensor, got list"),
        (lambda: nan_to_num(torch.ones(2), nan="0"), TypeError, r"nan_to_num\(\): nan must be a number, got str"),
        (lambda: nan_to_num(torch.ones(2), posinf=torch.tensor(1.0)), TypeError, r"nan_to_num\(\): posinf must be a number, got Tensor"),
        (lambda: var(torch.tensor([1, 2])), TypeError, r"var\(\): x must be a floating-point tensor, got torch.int64"),
        (lambda: var(torch.ones(2), correction=-1), ValueError, r"var\(\): correction must be >= 0, got -1"),
        (lambda: var(torch.ones(2), correction=1.0), TypeError, r"var\(\): correction must be an int, got float"),
        (lambda: var(torch.ones(2, 2), dim=(0, -2)), ValueError, r"var\(\): dim must not name a dimension twice, got \(0, -2\)"),
        (lambda: var(torch.ones(2), keepdim=1), TypeError, r"var\(\): keepdim must be a bool, got int"),
        (lambda: std(torch.ones(2), dim=3), ValueError, r"std\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 3"),
        (lambda: std(torch.tensor([1, 2])), TypeError, r"std\(\): x must be a floating-point tensor"),
        (lambda: sort((3, 1)), TypeError, r"sort\(\): x must be a torch.Tensor, got tuple"),
        (lambda: sort(torch.ones(2), dim=1), ValueError, r"sort\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: sort(torch.ones(2), dim=None), TypeError, r"sort\(\): dim must be an int, got NoneType"),
        (lambda: sort(torch.ones(2), descending=1), TypeError, r"sort\(\): descending must be a bool, got int"),
        (lambda: sort(torch.tensor([1j])), TypeError, r"sort\(\): x must be real, complex numbers have no order, got torch.complex64"),
        (lambda: topk(torch.ones(3), 4), ValueError, r"topk\(\): k must be <= 3, the size of dim=-1, got 4"),
        (lambda: topk(torch.ones(3), -1), ValueError, r"topk\(\): k must be >= 0, got -1"),
        (lambda: topk(torch.ones(3), 1.0), TypeError, r"topk\(\): k must be an int, got float"),
        (lambda: topk(torch.ones(3), 1, dim=1), ValueError, r"topk\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: topk(torch.ones(3), 1, largest="yes"), TypeError, r"topk\(\): largest must be a bool, got str"),
        (lambda: topk(torch.tensor([True, False]), 1), TypeError, r"topk\(\): x must hold real numbers, not torch.bool"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()


def test_bad_input_torch_counterparts():
    # the references raise TypeError/ValueError; torch raises these for the same mistakes
    with pytest.raises(RuntimeError, match="At least one of 'min' or 'max' must not be None"):
        torch.clamp(torch.ones(2))
    with pytest.raises(TypeError, match="invalid combination of arguments"):
        torch.clamp(torch.ones(2), torch.zeros(2), 1.0)
    with pytest.raises(RuntimeError, match="selected index k out of range"):
        torch.topk(torch.ones(3), 4)
    with pytest.raises(RuntimeError, match="does not support bool"):
        torch.topk(torch.tensor([True, False]), 1)
    with pytest.raises(RuntimeError, match="does not support complex"):
        torch.sort(torch.tensor([1j]))
    with pytest.warns(UserWarning, match="degrees of freedom is <= 0"):
        assert math.isnan(torch.var(torch.tensor([1.0])).item())
    with pytest.warns(UserWarning, match=r"var\(\): N - correction = 1 - 1 <= 0"):
        assert math.isnan(var(torch.tensor([1.0])).item())
