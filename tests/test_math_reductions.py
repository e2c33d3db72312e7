"""logsumexp, var and std: the references equal torch, and refuse what they do not follow."""

import math
import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.math import logsumexp, std, var

EXACT = {"rtol": 0, "atol": 0, "equal_nan": True}
FLOATS = [torch.float16, torch.bfloat16, torch.float32, torch.float64]
NAN, INF = float("nan"), float("inf")
seeds = st.integers(0, 2**16)


def _data(shape, dtype, g, specials=True, scale=5.0):
    """Normal values times ``scale``; floats get ~10% NaN, ~5% +inf and ~5% -inf."""
    if not dtype.is_floating_point:
        return torch.randint(-6, 7, shape, generator=g).to(dtype)
    x = (torch.randn(shape, generator=g, dtype=torch.float64) * scale).to(dtype)
    if specials and x.numel():
        pick = torch.rand(shape, generator=g)
        x[pick < 0.1] = NAN
        x[(pick > 0.9) & (pick < 0.95)] = INF
        x[pick >= 0.95] = -INF
    return x


# --- logsumexp -------------------------------------------------------------------------

@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=3), dim_seed=st.integers(0, 5),
       keepdim=st.booleans(), seed=seeds, scale=st.sampled_from([1.0, 100.0, 1000.0]),
       special=st.booleans(), dtype=st.sampled_from(FLOATS))
def test_logsumexp_equals_torch_bit_for_bit(shape, dim_seed, keepdim, seed, scale, special, dtype):
    x = _data(shape, dtype, torch.Generator().manual_seed(seed), specials=special, scale=scale)
    n = max(len(shape), 1)
    dim = dim_seed % (2 * n) - n
    # torch.logsumexp is the same composite (amax, zero an infinite max, exp, sum, log, add)
    # on the same kernels, half precision included, so the results agree to the last bit
    torch.testing.assert_close(logsumexp(x, dim, keepdim), torch.logsumexp(x, dim, keepdim), **EXACT)


@pytest.mark.parametrize("dtype", [torch.bool, torch.uint8, torch.int8, torch.int32, torch.int64])
@pytest.mark.parametrize("default", [torch.float32, torch.float64])
def test_logsumexp_reads_integers_in_the_default_dtype(dtype, default):
    x = torch.tensor([[0, 1, 5], [3, 0, 1]]).to(dtype)
    previous = torch.get_default_dtype()
    torch.set_default_dtype(default)
    try:
        got, expected = logsumexp(x, 1), torch.logsumexp(x, 1)
    finally:
        torch.set_default_dtype(previous)
    assert got.dtype == expected.dtype == default
    torch.testing.assert_close(got, expected, **EXACT)


def test_logsumexp_infinite_and_empty_rows():
    x = torch.tensor([[-INF, -INF], [INF, 1.0], [INF, -INF], [INF, INF], [NAN, 1.0], [1e4, 1e4]])
    expected = torch.tensor([-INF, INF, INF, INF, NAN, 1e4 + math.log(2)])
    torch.testing.assert_close(logsumexp(x, 1), expected, **EXACT)
    torch.testing.assert_close(logsumexp(x, 1), torch.logsumexp(x, 1), **EXACT)
    empty = torch.empty(3, 0)
    torch.testing.assert_close(logsumexp(empty, 1), torch.full((3,), -INF), **EXACT)
    torch.testing.assert_close(logsumexp(empty, 1), torch.logsumexp(empty, 1), **EXACT)


def test_logsumexp_integer_likes_and_meta():
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    for dim in (np.int64(1), torch.tensor(1), -1):
        assert torch.equal(logsumexp(x, dim), torch.logsumexp(x, 1))
    meta = torch.empty(2, 3, device="meta")
    got, expected = logsumexp(meta, 1), torch.logsumexp(meta, 1)
    assert got.device == expected.device and got.shape == expected.shape and got.dtype == expected.dtype


def test_naive_exp_overflows_above_88_7_in_float32():
    assert math.isfinite(torch.exp(torch.tensor(88.72)).item())
    assert torch.exp(torch.tensor(88.73)).item() == INF


@pytest.mark.parametrize(("dtype", "largest", "vanishes_below"),
                         [(torch.float16, 11.08, -17.3), (torch.float32, 88.7, -103.9),
                          (torch.float64, 709.78, -745.1)])
def test_exp_range_table_on_the_exp_page(dtype, largest, vanishes_below):
    exp = lambda v: torch.exp(torch.tensor(v, dtype=dtype)).item()
    assert math.isfinite(exp(largest)) and exp(largest + 0.1) == math.inf
    assert exp(vanishes_below) > 0 and exp(vanishes_below - 0.1) == 0


def test_autocast_on_the_cpu_runs_exp_in_float32():
    x = torch.tensor([12.0])
    with torch.autocast("cpu", dtype=torch.bfloat16):
        assert torch.exp(x).dtype == torch.float32
        assert (torch.ones(1, 1) @ torch.ones(1, 1)).dtype == torch.bfloat16  # matmul does cast
    assert torch.exp(x.half()).item() == INF


# --- var / std -------------------------------------------------------------------------

# torch accumulates float32 and float64 with its own algorithm and order, the reference
# with the two-pass formula: both are within a few ulps times N of the truth, but floating
# addition is not associative, so they are not bit-identical there. float16 and bfloat16
# are accumulated in float32 by both and rounded once; on these data they agree exactly,
# and the tolerance allows one rounding of the final cast.
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
        n = max(ndim, 1)
        dim = draw(st.integers(-n, n - 1))
    elif kind == "tuple" and ndim:
        dim = tuple(draw(st.permutations(range(ndim)))[: draw(st.integers(1, ndim))])
        dim = tuple(d - ndim if draw(st.booleans()) else d for d in dim)
    else:
        dim = () if kind == "empty" else None
    dtype = draw(st.sampled_from(FLOATS))
    g = torch.Generator().manual_seed(draw(seeds))
    x = _data(shape, dtype, g, specials=draw(st.integers(0, 4)) == 0) + 3
    # torch takes any real correction: negative ones and fractions too
    correction = draw(st.one_of(st.integers(-2, 3), st.sampled_from([0.5, 1.5, -0.5])))
    return x, dim, correction, draw(st.booleans())


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


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_half_precision_var_and_std_round_once_like_torch(dtype):
    x = (torch.randn(300, 37, generator=torch.Generator().manual_seed(0)) * 5 + 3).to(dtype)
    assert torch.equal(var(x, 1), torch.var(x, 1))
    assert torch.equal(std(x, 1), torch.std(x, 1))  # sqrt before the cast, as torch


def test_var_integer_likes_and_meta():
    x = torch.tensor([[1.0, 2.0], [4.0, 8.0]])
    assert torch.equal(var(x, np.int64(1), np.int64(0)), torch.var(x, 1, correction=0))
    assert torch.equal(var(x, [torch.tensor(0)]), torch.var(x, 0))
    meta = torch.empty(2, 3, device="meta")
    got, expected = std(meta, 1), torch.std(meta, 1)
    assert got.device == expected.device and got.shape == expected.shape


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


def test_torch_counterparts_of_the_bad_calls():
    with pytest.warns(UserWarning, match="degrees of freedom is <= 0"):
        assert math.isnan(torch.var(torch.tensor([1.0])).item())
    with pytest.warns(UserWarning, match=r"var\(\): N - correction = 1 - 1 <= 0"):
        assert math.isnan(var(torch.tensor([1.0])).item())
    with pytest.raises(TypeError, match="must be bool, not int"):
        torch.logsumexp(torch.ones(2), 0, 1)
    with pytest.raises(RuntimeError, match="appears multiple times"):
        torch.var(torch.ones(2, 2), (0, -2))


# --- bad calls -------------------------------------------------------------------------

ONES = torch.ones(2)
BAD_CALLS = [
    Bad(logsumexp, ([1.0, 2.0], 0), TypeError, r"logsumexp\(\): x must be a torch.Tensor, got list"),
    Bad(logsumexp, (ONES.to_sparse(), 0), TypeError, r"logsumexp\(\): x must be a dense \(strided\) tensor"),
    Bad(logsumexp, (ONES, torch.tensor(0, device="meta")), TypeError, r"logsumexp\(\): dim must be an int, got a torch.int64 tensor"),
    Bad(logsumexp, (torch.tensor([1j]), 0), TypeError, r"logsumexp\(\): x must be real; complex .* got torch.complex64"),
    Bad(logsumexp, (ONES, 1), ValueError, r"logsumexp\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
    Bad(logsumexp, (ONES, 0.0), TypeError, r"logsumexp\(\): dim must be an int, got float"),
    Bad(logsumexp, (ONES, True), TypeError, r"logsumexp\(\): dim must be an int, got bool"),
    Bad(logsumexp, (ONES, (0,)), TypeError, r"logsumexp\(\): dim must be an int, got tuple"),
    Bad(logsumexp, (ONES, 0, 1), TypeError, r"logsumexp\(\): keepdim must be a bool, got int"),
    Bad(logsumexp, (ONES, 0, np.bool_(True)), TypeError, r"keepdim must be a bool, got (numpy\.)?bool"),
    Bad(var, (torch.tensor([1, 2]),), TypeError, r"var\(\): x must be a floating-point tensor, got torch.int64"),
    Bad(var, (torch.tensor([1j]),), TypeError, r"var\(\): x must be a floating-point tensor, got torch.complex64"),
    Bad(var, ("x",), TypeError, r"var\(\): x must be a torch.Tensor, got str"),
    Bad(var, (ONES,), TypeError, r"var\(\): correction must be a real number, got bool", {"correction": True}),
    Bad(var, (ONES,), TypeError, r"var\(\): correction must be a real number, got str", {"correction": "1"}),
    Bad(var, (torch.ones(2, 2),), ValueError, r"var\(\): dim must not name a dimension twice, got \(0, -2\)", {"dim": (0, -2)}),
    Bad(var, (ONES,), TypeError, r"var\(\): dim must be an int, got float", {"dim": 0.0}),
    Bad(var, (ONES,), TypeError, r"var\(\): dim must be an int, got bool", {"dim": True}),
    Bad(var, (ONES,), ValueError, r"var\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 2", {"dim": (2,)}),
    Bad(var, (ONES,), TypeError, r"var\(\): keepdim must be a bool, got int", {"keepdim": 1}),
    Bad(std, (ONES,), ValueError, r"std\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 3", {"dim": 3}),
    Bad(std, (torch.tensor([1, 2]),), TypeError, r"std\(\): x must be a floating-point tensor"),
    Bad(std, (ONES,), TypeError, r"std\(\): correction must be a real number, got complex", {"correction": 1j}),
    Bad(std, (ONES,), TypeError, r"std\(\): keepdim must be a bool, got NoneType", {"keepdim": None}),
    Bad(var, (ONES.to_sparse(),), TypeError, r"var\(\): x must be a dense \(strided\) tensor"),
    # dtypes torch has no kernels for are refused up front, not failed on inside
    Bad(logsumexp, (ONES.to(torch.float8_e4m3fn), 0), TypeError, r"logsumexp\(\): x of dtype torch.float8_e4m3fn is not supported \(torch has few or no kernels for it\)"),
    Bad(var, (ONES.to(torch.float8_e5m2),), TypeError, r"var\(\): x of dtype torch.float8_e5m2 is not supported"),
    Bad(std, (torch.zeros(2, dtype=torch.uint8).view(torch.float4_e2m1fn_x2),), TypeError, r"std\(\): x of dtype torch.float4_e2m1fn_x2 is not supported"),
    Bad(var, (ONES,), TypeError, r"var\(\): keepdim must be a bool, got numpy.bool", {"keepdim": np.bool_(False)}),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)


@pytest.mark.parametrize("correction", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize("x", [torch.tensor([-1.0, 0.5, 2.0]), torch.ones(3)])
def test_var_std_non_finite_correction_as_torch(x, correction):
    # torch divides by std::max(0, N - correction): 0 for a NaN correction (inf or nan result)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for ours, theirs in ((var, torch.var), (std, torch.std)):
            torch.testing.assert_close(ours(x, correction=correction), theirs(x, correction=correction), equal_nan=True)
