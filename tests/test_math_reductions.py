import warnings

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.math import clamp, nan_to_num, sort, std, topk, var

same = dict(rtol=0, atol=0, equal_nan=True)
shapes = st.lists(st.integers(0, 4), min_size=0, max_size=3)
FLOATS = [torch.float16, torch.float32, torch.float64]


def _with_specials(shape, dtype, g):
    x = (torch.randn(shape, generator=g) * 5).to(dtype)
    if x.numel():
        pick = torch.rand(shape, generator=g)
        x = torch.where(pick < 0.1, torch.tensor(float("nan"), dtype=dtype), x)
        x = torch.where((pick > 0.9) & (pick < 0.95), torch.tensor(float("inf"), dtype=dtype), x)
        x = torch.where(pick >= 0.95, torch.tensor(float("-inf"), dtype=dtype), x)
    return x


@given(shape=shapes, seed=st.integers(0, 2**16), lo=st.one_of(st.none(), st.floats(-5, 5)),
       hi=st.one_of(st.none(), st.floats(-5, 5)), dtype=st.sampled_from(FLOATS))
def test_clamp_scalar_bounds_equal_torch(shape, seed, lo, hi, dtype):
    if lo is None and hi is None:
        return
    x = _with_specials(shape, dtype, torch.Generator().manual_seed(seed))
    torch.testing.assert_close(clamp(x, lo, hi), torch.clamp(x, lo, hi), **same)


@given(shape=st.lists(st.integers(1, 4), min_size=1, max_size=3), seed=st.integers(0, 2**16))
def test_clamp_tensor_bounds_equal_torch(shape, seed):
    g = torch.Generator().manual_seed(seed)
    x = _with_specials(shape, torch.float32, g)
    lo = _with_specials(shape[-1:], torch.float32, g)  # broadcast over the leading dims
    hi = torch.randn(shape, generator=g)
    torch.testing.assert_close(clamp(x, lo, hi), torch.clamp(x, lo, hi), **same)


def test_clamp_int_tensor():
    x = torch.arange(-3, 4)
    assert torch.equal(clamp(x, min=-1, max=2), torch.clamp(x, min=-1, max=2))


@given(shape=shapes, seed=st.integers(0, 2**16), dtype=st.sampled_from(FLOATS),
       custom=st.booleans())
def test_nan_to_num_equals_torch(shape, seed, dtype, custom):
    x = _with_specials(shape, dtype, torch.Generator().manual_seed(seed))
    kwargs = dict(nan=1.5, posinf=100.0, neginf=-100.0) if custom else {}
    torch.testing.assert_close(nan_to_num(x, **kwargs), torch.nan_to_num(x, **kwargs), **same)


def test_nan_to_num_leaves_integers_alone():
    x = torch.tensor([1, 2])
    assert torch.equal(nan_to_num(x), torch.nan_to_num(x))


@given(shape=st.lists(st.integers(1, 5), min_size=1, max_size=3), seed=st.integers(0, 2**16),
       correction=st.integers(0, 2), keepdim=st.booleans(), reduce_all=st.booleans(), dim_seed=st.integers(0, 5))
def test_var_and_std_equal_torch(shape, seed, correction, keepdim, reduce_all, dim_seed):
    x = torch.randn(shape, generator=torch.Generator().manual_seed(seed), dtype=torch.float64)
    dim = None if reduce_all else dim_seed % (2 * len(shape)) - len(shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch warns when N - correction <= 0
        expected_var = torch.var(x, dim=dim, correction=correction, keepdim=keepdim)
        expected_std = torch.std(x, dim=dim, correction=correction, keepdim=keepdim)
    torch.testing.assert_close(var(x, dim, correction, keepdim), expected_var, equal_nan=True)
    torch.testing.assert_close(std(x, dim, correction, keepdim), expected_std, equal_nan=True)


def test_numpy_and_torch_disagree_by_default():
    data = [1.0, 2.0, 3.0, 4.0]
    assert np.var(data) == 1.25 and torch.var(torch.tensor(data)).item() == pytest.approx(5 / 3)
    assert np.var(data, ddof=1) == pytest.approx(torch.var(torch.tensor(data)).item())


def test_unbiased_keyword_still_accepted_today():
    # torch 2.0 renamed unbiased= to correction=; torch 2.14 still accepts the old keyword
    # silently. If torch starts warning or drops it, this test says so.
    x = torch.tensor([1.0, 2.0, 3.0, 4.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert torch.equal(torch.var(x, unbiased=False), torch.var(x, correction=0))
        assert torch.equal(torch.var(x, unbiased=True), torch.var(x, correction=1))


def test_mean_of_integers_raises():
    with pytest.raises(RuntimeError, match="Long"):
        torch.tensor([1, 2]).mean()


@given(shape=st.lists(st.integers(0, 5), min_size=0, max_size=3), seed=st.integers(0, 2**16),
       descending=st.booleans(), dim_seed=st.integers(0, 5),
       dtype=st.sampled_from([torch.float32, torch.int64, torch.bool]))
def test_sort_equals_stable_torch_sort(shape, seed, descending, dim_seed, dtype):
    g = torch.Generator().manual_seed(seed)
    if dtype == torch.float32:
        x = _with_specials(shape, dtype, g).round()  # rounding makes ties likely
    else:
        x = torch.randint(0, 3, shape, generator=g).to(dtype)
    ndim = max(len(shape), 1)
    dim = dim_seed % (2 * ndim) - ndim
    values, indices = sort(x, dim=dim, descending=descending)
    expected = torch.sort(x, dim=dim, descending=descending, stable=True)
    torch.testing.assert_close(values, expected.values, **same)
    assert torch.equal(indices, expected.indices)


@given(n=st.integers(1, 8), k_seed=st.integers(0, 8), seed=st.integers(0, 2**16), largest=st.booleans(),
       rows=st.integers(1, 3))
def test_topk_equals_torch(n, k_seed, seed, largest, rows):
    x = torch.randn(rows, n, generator=torch.Generator().manual_seed(seed))  # no ties in practice
    k = k_seed % (n + 1)
    values, indices = topk(x, k, largest=largest)
    expected = torch.topk(x, k, largest=largest)
    assert torch.equal(values, expected.values) and torch.equal(indices, expected.indices)


def test_topk_ties_return_the_same_values():
    x = torch.tensor([1.0, 3.0, 3.0, 2.0])
    assert torch.equal(topk(x, 2)[0], torch.topk(x, 2).values)
    assert torch.equal(x[topk(x, 2)[1]], x[torch.topk(x, 2).indices])


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: clamp(torch.ones(2)), ValueError, r"clamp\(\): at least one of min and max must be given"),
        (lambda: clamp([1.0], min=0), TypeError, r"clamp\(\): x must be a torch.Tensor, got list"),
        (lambda: clamp(torch.ones(2), min="0"), TypeError, r"min must be a number or a tensor, got str"),
        (lambda: nan_to_num(torch.ones(2), nan="0"), TypeError, r"nan_to_num\(\): nan must be a number, got str"),
        (lambda: var(torch.tensor([1, 2])), TypeError, r"var\(\): x must be a floating-point tensor, got torch.int64"),
        (lambda: var(torch.ones(2), correction=-1), ValueError, r"correction must be >= 0, got -1"),
        (lambda: var(torch.ones(2, 2), dim=(0, -2)), ValueError, r"lists a dimension twice"),
        (lambda: std(torch.ones(2), dim=3), ValueError, r"var\(\): dim must be in \[-1, 0\]"),
        (lambda: sort(torch.ones(2), dim=1), ValueError, r"sort\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: sort(torch.ones(2), descending=1), TypeError, r"descending must be a bool, got int"),
        (lambda: topk(torch.ones(3), 4), ValueError, r"topk\(\): k=4 is larger than the 3 entries along dim=-1"),
        (lambda: topk(torch.ones(3), -1), ValueError, r"k must be >= 0, got -1"),
        (lambda: topk(torch.ones(3), 1, largest="yes"), TypeError, r"largest must be a bool, got str"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
