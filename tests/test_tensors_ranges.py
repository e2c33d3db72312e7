"""arange, linspace: the references against torch on every dtype torch supports, and what they refuse."""

import contextlib
import math
import time
from fractions import Fraction

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given, settings
from hypothesis import strategies as st

from torchnotes.tensors import arange, linspace
from torchnotes.tensors.ranges import _fma

# torch's AVX2 and AVX-512 kernels fuse multiply-add (one rounding); the reference models that
FUSED = torch.backends.cpu.get_cpu_capability() in ("AVX2", "AVX512")
INT_DTYPES = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]
FLOAT_DTYPES = [torch.float16, torch.bfloat16, torch.float32, torch.float64]


@contextlib.contextmanager
def default_dtype(dtype):
    old = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        yield
    finally:
        torch.set_default_dtype(old)


# ---------------------------------------------------------------- arange


@given(start=st.integers(-20, 20), end=st.integers(-20, 20), step=st.integers(-5, 5).filter(bool),
       dtype=st.sampled_from([None, *INT_DTYPES, *FLOAT_DTYPES]))
def test_int_arange_equals_torch(start, end, step, dtype):
    if (end - start) * step < 0:  # both refuse a step pointing away from end
        with pytest.raises(ValueError, match="points away from end"):
            arange(start, end, step, dtype=dtype)
        with pytest.raises(RuntimeError, match="inconsistent with step sign"):
            torch.arange(start, end, step, dtype=dtype)
        return
    got, expected = arange(start, end, step, dtype=dtype), torch.arange(start, end, step, dtype=dtype)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0)


@given(start=st.integers(-300, 300), count=st.integers(0, 40), step=st.integers(1, 40),
       dtype=st.sampled_from([torch.uint8, torch.int8]))
def test_narrow_int_dtypes_wrap_like_torch(start, count, step, dtype):
    end = start + count * step
    torch.testing.assert_close(arange(start, end, step, dtype=dtype), torch.arange(start, end, step, dtype=dtype),
                               rtol=0, atol=0)


def test_all_int_int64_range_is_counted_exactly():
    # float64 would see 2**60 / (2**59 - 1) as 2.0; torch counts int64 ranges in integers
    assert arange(0, 2**60, 2**59 - 1).numel() == torch.arange(0, 2**60, 2**59 - 1).numel() == 3
    assert torch.equal(arange(2**53, 2**53 + 3), torch.arange(2**53, 2**53 + 3))
    assert torch.equal(arange(2**63 - 3, 2**63 - 1), torch.arange(2**63 - 3, 2**63 - 1))


@given(start=st.floats(-1000, 1000), count=st.integers(0, 200), frac=st.floats(0, 0.999),
       step=st.sampled_from([0.1, 0.25, 1 / 3, 0.7, 1.5, 7.3, -0.01, -0.2, -1.0, -2.9]),
       dtype=st.sampled_from([None, *FLOAT_DTYPES]))
def test_float_arange_equals_torch_up_to_rounding(start, count, frac, step, dtype):
    end = start + (count + frac) * step
    got, expected = arange(start, end, step, dtype=dtype), torch.arange(start, end, step, dtype=dtype)
    assert got.dtype == expected.dtype and got.shape == expected.shape  # same count, always
    # torch rounds each SIMD block's base to the dtype and adds k * step to it; the reference
    # rounds start + i * step once. Each path is within 1 ulp of the exact value at the
    # largest magnitude M = max(|start|, |end|) (plus float64 round-off in i * step), so
    # they differ by less than 3 * eps * M.
    eps = torch.finfo(got.dtype).eps
    torch.testing.assert_close(got.double(), expected.double(), rtol=0, atol=3 * eps * max(abs(start), abs(end)))


@given(start=st.floats(-10, 10), count=st.integers(0, 30), step=st.floats(0.05, 3) | st.floats(-3, -0.05),
       dtype=st.sampled_from(INT_DTYPES))
def test_int_dtype_truncates_float_start_and_step(start, count, step, dtype):
    # torch 2.14 semantics: count from the float arguments, then truncate start and step
    end = start + count * step + step / 2
    got, expected = arange(start, end, step, dtype=dtype), torch.arange(start, end, step, dtype=dtype)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0)


SCALAR_FORMS = {
    "python": lambda v: v,
    "numpy": lambda v: np.int32(v) if isinstance(v, int) else np.float32(v),
    "0-d tensor": lambda v: torch.tensor(v),
}


@given(start=st.integers(-5, 5) | st.sampled_from([0.5, -1.25]), end=st.integers(6, 12) | st.sampled_from([7.5]),
       step=st.integers(1, 3) | st.sampled_from([0.75]), form=st.sampled_from(sorted(SCALAR_FORMS)))
def test_arange_reads_numbers_like_torch(start, end, step, form):
    args = [SCALAR_FORMS[form](v) for v in (start, end, step)]
    got, expected = arange(*args), torch.arange(*args)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0)


@pytest.mark.parametrize("dtype", [None, *INT_DTYPES, *FLOAT_DTYPES])
def test_arange_on_meta_is_sized_not_computed(dtype):
    got, expected = arange(0, 2**40, dtype=dtype, device="meta"), torch.arange(0, 2**40, dtype=dtype, device="meta")
    assert (got.shape, got.dtype, got.device) == (expected.shape, expected.dtype, expected.device)
    with torch.device("meta"):
        assert arange(3).device == torch.arange(3).device == torch.device("meta")


def test_arange_takes_python_int_and_float_as_dtypes_like_torch():
    for dtype in (int, float):
        got, expected = arange(0, 5, 1.5, dtype=dtype), torch.arange(0, 5, 1.5, dtype=dtype)
        assert got.dtype == expected.dtype and torch.equal(got, expected)


def test_arange_edge_cases_today():
    for args in [(5, 5), (2.5, 2.5), (3, 3, -1), (0, 5, math.inf)]:
        assert arange(*args).numel() == torch.arange(*args).numel() == 0
    assert len(torch.arange(1, 1.3, 0.1)) == len(arange(1, 1.3, 0.1)) == 4  # 1.3 gets in
    assert len(torch.arange(0, 1, 0.1)) == len(arange(0, 1, 0.1)) == 10
    assert torch.arange(0, 1, 0.1, dtype=torch.float64)[8].item() == 0.8 != sum([0.1] * 8)  # not a running sum
    with pytest.raises(RuntimeError, match="inconsistent with step sign"):
        torch.arange(0, 5, -1)  # an error, not an empty tensor as range(0, 5, -1) would be


def test_fractional_step_with_an_int_dtype_is_release_dependent():
    # 2.14.1 counts with the floats and truncates: ten zeros; 2.13.0 raised ValueError
    if torch.__version__.startswith("2.13."):
        with pytest.raises(ValueError, match="step must be nonzero"):
            torch.arange(0, 5, 0.5, dtype=torch.int64)
    else:
        assert torch.arange(0, 5, 0.5, dtype=torch.int64).tolist() == [0] * 10
    assert arange(0, 5, 0.5, dtype=torch.int64).tolist() == [0] * 10


# 2**46 elements need 256 TiB or more: beyond a 47-bit address space, so no allocator can
# grant them, whatever the system's overcommit policy
HUGE = 2**46


def test_huge_ranges_fail_at_once_like_torch():
    for call in (lambda: arange(0, HUGE), lambda: arange(0, 1, 1 / HUGE), lambda: linspace(0, 1, HUGE)):
        began = time.perf_counter()
        with pytest.raises(ValueError, match=rf"cannot allocate {HUGE} values"):
            call()
        assert time.perf_counter() - began < 1.0
    with pytest.raises(RuntimeError):
        torch.arange(0, HUGE)


# ---------------------------------------------------------------- linspace

ends = st.floats(-1e6, 1e6) | st.floats(-1e-3, 1e-3) | st.integers(-100, 100) | st.sampled_from(
    [math.inf, -math.inf, math.nan, 3e38, -3e38, 5e-324, 1e-310, 60000.0]) | st.floats(allow_nan=False, width=64)


@given(start=ends, end=ends, steps=st.integers(0, 70) | st.sampled_from([1000, 1001, 70001]),
       dtype=st.sampled_from(FLOAT_DTYPES))
def test_linspace_equals_torch(start, end, steps, dtype):
    with default_dtype(dtype):
        try:
            expected = torch.linspace(start, end, steps)
        except RuntimeError as error:  # start or end beyond the dtype's range
            assert "without overflow" in str(error)
            with pytest.raises(ValueError, match=r"linspace\(\): (start|end)=.* does not fit in the default dtype"):
                linspace(start, end, steps)
            return
        got = linspace(start, end, steps)
    assert got.dtype == expected.dtype == dtype and got.shape == expected.shape
    if FUSED or dtype in (torch.float16, torch.bfloat16):
        torch.testing.assert_close(got, expected, rtol=0, atol=0, equal_nan=True)
    else:  # without FMA torch rounds |i * step| <= M = max(|start|, |end|) too: < 2 eps M apart
        finite = math.isfinite(start) and math.isfinite(end)  # inf/NaN give the same inf/NaN either way
        bound = 2 * torch.finfo(dtype).eps * max(abs(start), abs(end)) if finite else 0.0
        torch.testing.assert_close(got, expected, rtol=0, atol=bound, equal_nan=True)


@given(start=st.floats(-1e6, 1e6), end=st.floats(-1e6, 1e6), steps=st.integers(2, 200))
def test_linspace_ends_are_exact(start, end, steps):
    got = torch.linspace(start, end, steps)
    assert got[0] == torch.tensor(start, dtype=got.dtype) and got[-1] == torch.tensor(end, dtype=got.dtype)
    assert torch.equal(linspace(start, end, steps)[[0, -1]], got[[0, -1]])


def test_linspace_counts_in_the_dtype():
    # float16 turns steps - 1 = 70000 into inf, so step is 0: torch and the reference agree
    with default_dtype(torch.float16):
        assert torch.equal(linspace(0, 1, 70001), torch.linspace(0, 1, 70001))
        assert linspace(0, 1, 70001)[:3].tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("form", sorted(SCALAR_FORMS))
def test_linspace_reads_numbers_like_torch(form):
    start, end = SCALAR_FORMS[form](0.5), SCALAR_FORMS[form](3)
    steps = {"python": 7, "numpy": np.int64(7), "0-d tensor": torch.tensor(7)}[form]
    assert torch.equal(linspace(start, end, steps), torch.linspace(start, end, steps))


def test_linspace_on_meta_is_sized_not_computed():
    got, expected = linspace(0, 1, 2**40, device="meta"), torch.linspace(0, 1, 2**40, device="meta")
    assert (got.shape, got.dtype, got.device) == (expected.shape, expected.dtype, expected.device)


def test_linspace_steps_is_required_today():
    # steps defaulted to 100 until PyTorch 1.11; now leaving it out is a TypeError
    with pytest.raises(TypeError, match="invalid combination of arguments"):
        torch.linspace(0, 1)
    assert "From PyTorch 1.11 linspace requires the steps argument" in torch.linspace.__doc__


# --- the exact a * k + c behind linspace's float64 values -------------------------------

doubles = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def near_ties(draw):
    """``a * k`` exactly halfway between two doubles, and a ``c`` that may or may not break the tie."""
    mantissa = draw(st.integers(2**52, 2**53 - 1)) | 1
    a = math.ldexp(mantissa, draw(st.integers(-1074 + 60, 900)))
    k = draw(st.sampled_from([3, 5, 7, 2**30 + 1]))
    c = draw(st.sampled_from([0.0, 5e-324, -5e-324, 1e-300, -1e-300])) if draw(st.booleans()) else draw(doubles)
    return a, k, c


@settings(max_examples=500)
@given(st.tuples(doubles, st.integers(0, 2**40), doubles) | near_ties())
def test_fma_rounds_once(case):
    a, k, c = case
    exact = Fraction(a) * k + Fraction(c)
    biggest = max(abs(a), abs(c))
    scale = math.ldexp(1.0, min(-math.frexp(biggest)[1], 1000)) if 0 < biggest < 1 else 1.0
    # linspace never gets there: an overflowing result, or a step below 2**-117 of the
    # larger end (where the product's error terms would fall into the subnormal range)
    if abs(exact) >= 2**1024 or 0 < abs(a) < 2.0**-117 * max(abs(c), 1 / scale):
        return
    got = _fma(torch.tensor([a], dtype=torch.float64), torch.tensor([k]), torch.tensor([c], dtype=torch.float64),
               torch.float64, True, scale)
    assert got.item() == float(exact)  # Fraction -> float rounds correctly, once


# ---------------------------------------------------------------- bad calls

BAD_CALLS = [
    Bad(arange, (0, 5, 0), ValueError, r"arange\(\): step must be non-zero, got 0"),
    Bad(arange, (0, 5, math.nan), ValueError, r"arange\(\): step must be non-zero, got nan"),
    Bad(arange, (0, 5, -1), ValueError, r"arange\(\): step=-1 points away from end: start=0, end=5"),
    Bad(arange, (0, math.inf), ValueError, r"arange\(\): start and end must be finite, got start=0, end=inf"),
    Bad(arange, (-1e308, 1e308, 1e-308), ValueError, r"arange\(\): \(end - start\) / step overflows int64"),
    Bad(arange, (0, 1e300, 1.0), ValueError, r"arange\(\): \(end - start\) / step overflows int64"),
    Bad(arange, (0, HUGE), ValueError, r"arange\(\): cannot allocate 70368744177664 values"),
    Bad(arange, (0, 2**62), ValueError, r"arange\(\): size \(4611686018427387904,\) of torch.int64 needs more than"),
    Bad(arange, (2**63,), ValueError, r"arange\(\): end=9223372036854775808 does not fit in int64"),
    Bad(arange, (-1e19, 0, 1e18), ValueError, r"arange\(\): start=-10000000000000000000 does not fit in int64",
        {"dtype": torch.int64}),
    Bad(arange, ("5",), TypeError, r"arange\(\): end must be an int or float, got str"),
    Bad(arange, (0, True), TypeError, r"arange\(\): end must be an int or float, got bool"),
    Bad(arange, (np.bool_(True),), TypeError, r"arange\(\): end must be an int or float, got bool", note="numpy bool"),
    Bad(arange, (0, 5, torch.tensor(True)), TypeError, r"arange\(\): step must be an int or float, got bool"),
    Bad(arange, (1j,), TypeError, r"arange\(\): end must be real"),
    Bad(arange, (np.complex64(1),), TypeError, r"arange\(\): end must be real", note="numpy complex"),
    Bad(arange, (0, 5, torch.tensor([1])), TypeError, r"arange\(\): step must be an int or float .* got a 1-d torch.int64 tensor"),
    Bad(arange, (np.array(5),), TypeError, r"arange\(\): end must be an int or float, got ndarray", note="0-d array"),
    Bad(linspace, (np.array(0.0), 1, 3), TypeError, r"linspace\(\): start must be an int or float, got ndarray"),
    Bad(arange, (np.datetime64(5, "s"),), TypeError, r"arange\(\): end must be an int or float, got datetime64"),
    Bad(arange, (torch.tensor(5, device="meta"),), TypeError, r"arange\(\): end must be an int or float .* on meta"),
    Bad(arange, (5,), TypeError, r"arange\(\): dtype must be one of .* got torch.bool", {"dtype": torch.bool}),
    Bad(arange, (5,), TypeError, r"arange\(\): dtype must be one of .* got torch.complex128", {"dtype": complex}, note="Python complex"),
    Bad(arange, (5,), TypeError, r"arange\(\): dtype must be one of .* got torch.complex64", {"dtype": torch.complex64}),
    Bad(arange, (5,), TypeError, r"arange\(\): dtype must be one of .* got torch.uint16", {"dtype": torch.uint16}),
    Bad(arange, (5,), TypeError, r"arange\(\): dtype must be one of .* got 'float32'", {"dtype": "float32"}),
    Bad(arange, (5,), ValueError, r"arange\(\): device must name a device .* got 'gpu'", {"device": "gpu"}),
    Bad(arange, (5,), TypeError, r"arange\(\): device must be a torch.device, str or int, got list", {"device": ["cpu"]}),
    Bad(linspace, (0, 1, -1), ValueError, r"linspace\(\): steps must be >= 0, got -1"),
    Bad(linspace, (0, 1, 2.0), TypeError, r"linspace\(\): steps must be an int, got float"),
    Bad(linspace, (0, 1, True), TypeError, r"linspace\(\): steps must be an int, got bool"),
    Bad(linspace, (0, 1, torch.tensor([5])), TypeError, r"linspace\(\): steps must be an int, got a torch.int64 tensor of shape \(1,\) on cpu"),
    Bad(linspace, (0, 1, 2**63), ValueError, r"linspace\(\): steps must be <= 2\*\*63 - 1"),
    Bad(linspace, (0, 1, HUGE), ValueError, r"linspace\(\): cannot allocate 70368744177664 values"),
    Bad(linspace, (0, 1, 2**62), ValueError, r"linspace\(\): size \(4611686018427387904,\) of torch.float32 needs more than"),
    Bad(linspace, (0, None, 2), TypeError, r"linspace\(\): end must be an int or float, got NoneType"),
    Bad(linspace, (False, 1, 2), TypeError, r"linspace\(\): start must be an int or float, got bool"),
    Bad(linspace, (1j, 2, 3), TypeError, r"linspace\(\): start must be real"),
    Bad(linspace, (0, 2**70, 3), ValueError, r"linspace\(\): end=1180591620717411303424 does not fit in int64"),
    Bad(linspace, (0, 1e300, 3), ValueError, r"linspace\(\): end=1e\+300 does not fit in the default dtype torch.float32"),
    Bad(linspace, (1e39, 0, 1), ValueError, r"linspace\(\): start=1e\+39 does not fit in the default dtype torch.float32"),
    Bad(linspace, (0, 1, 3), ValueError, r"linspace\(\): device must name a device .* got 'tpu'", {"device": "tpu"}),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
