"""xlogy, sinusoidal_encoding, clamp and nan_to_num: the references equal torch, and refuse
what they do not follow."""

import math
import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.math import clamp, nan_to_num, sinusoidal_encoding, xlogy

EXACT = {"rtol": 0, "atol": 0, "equal_nan": True}
FLOATS = [torch.float16, torch.bfloat16, torch.float32, torch.float64]
INTS = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]
NAN, INF = float("nan"), float("inf")
seeds = st.integers(0, 2**16)


def _data(shape, dtype, g, specials=True):
    """Values in about [-10, 10]; floats get ~10% NaN, ~5% +inf and ~5% -inf."""
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=g).bool()
    if not dtype.is_floating_point:
        return torch.randint(-6, 7, shape, generator=g).to(dtype)
    x = (torch.randn(shape, generator=g) * 5).to(dtype)
    if specials and x.numel():
        pick = torch.rand(shape, generator=g)
        x[pick < 0.1] = NAN
        x[(pick > 0.9) & (pick < 0.95)] = INF
        x[pick >= 0.95] = -INF
    return x


@st.composite
def broadcastable_pair(draw):
    """Two shapes that broadcast: one drops leading dims and turns some sizes into 1."""
    full = draw(st.lists(st.integers(0, 4), min_size=0, max_size=3))
    keep = draw(st.integers(0, len(full)))
    other = [1 if draw(st.booleans()) else n for n in full[len(full) - keep:]]
    return (full, other) if draw(st.booleans()) else (other, full)


# --- xlogy -----------------------------------------------------------------------------

@given(pair=broadcastable_pair(), seed=seeds,
       dtypes=st.tuples(*[st.sampled_from(FLOATS + [torch.int64, torch.int8, torch.bool])] * 2))
def test_xlogy_equals_torch(pair, seed, dtypes):
    g = torch.Generator().manual_seed(seed)
    x = _data(pair[0], dtypes[0], g)
    x = torch.where(torch.rand(pair[0], generator=g) < 0.3, torch.zeros((), dtype=dtypes[0]), x)
    y = _data(pair[1], dtypes[1], g)  # negatives too: log is NaN there
    y = torch.where(torch.rand(pair[1], generator=g) < 0.3, torch.zeros((), dtype=dtypes[1]), y)
    got, expected = xlogy(x, y), torch.xlogy(x, y)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    # torch.log is vectorized while torch.xlogy's float32/float64 kernel calls the scalar
    # std::log; the two differ by at most one unit in the last place, hence a few eps.
    # Half precision rounds log(y) to half before multiplying in both: bit for bit there.
    eps = 0 if got.dtype in (torch.float16, torch.bfloat16) else torch.finfo(got.dtype).eps
    torch.testing.assert_close(got, expected, rtol=4 * eps, atol=0, equal_nan=True)


def test_xlogy_zero_times_anything_but_nan_is_zero():
    y = torch.tensor([0.0, -1.0, INF, 2.0, NAN])
    torch.testing.assert_close(xlogy(torch.zeros(5), y), torch.tensor([0.0, 0.0, 0.0, 0.0, NAN]), **EXACT)
    assert torch.isnan(torch.zeros(5) * torch.log(torch.tensor([0.0]))).all()  # the trap


def test_xlogy_follows_the_input_device():
    x = torch.empty(3, device="meta")
    got, expected = xlogy(x, x), torch.xlogy(x, x)
    assert got.device == expected.device and got.shape == expected.shape and got.dtype == expected.dtype
    assert xlogy(x, torch.tensor(2.0)).device.type == "meta"  # a 0-d CPU tensor may join


def test_log_page_claims():
    assert torch.log(torch.tensor(INF)).item() == INF
    assert torch.tensor(1e-8, dtype=torch.float16).item() == 0  # log(x + 1e-8) adds nothing
    assert torch.special.entr(torch.tensor(0.0)).item() == 0
    logits = torch.tensor([0.0, -200.0])
    assert torch.log(torch.softmax(logits, 0))[1].item() == -INF  # the probability underflowed
    assert torch.log_softmax(logits, 0)[1].item() == -200.0
    x = torch.tensor([1e-8])
    assert torch.log(1 + x).item() == 0 and torch.log1p(x).item() == pytest.approx(1e-8)


# --- sinusoidal_encoding ---------------------------------------------------------------

@given(seq_len=st.integers(0, 20), half=st.integers(1, 8), base=st.sampled_from([10000.0, 100.0, 2]))
def test_sinusoidal_encoding_formula(seq_len, half, base):
    dim = 2 * half
    pe = sinusoidal_encoding(seq_len, dim, base=base)
    assert pe.shape == (seq_len, dim) and pe.dtype == torch.get_default_dtype()
    for pos in range(seq_len):
        for i in range(half):
            angle = pos / base ** (2 * i / dim)
            # float32 output: the float64 values are rounded once, well within 1e-6
            assert pe[pos, 2 * i].item() == pytest.approx(math.sin(angle), abs=1e-6)
            assert pe[pos, 2 * i + 1].item() == pytest.approx(math.cos(angle), abs=1e-6)


def test_sinusoidal_encoding_integer_likes():
    expected = sinusoidal_encoding(5, 4)
    assert torch.equal(sinusoidal_encoding(np.int64(5), torch.tensor(4), np.float32(10000.0)), expected)


def test_sin_takes_radians():
    assert torch.sin(torch.tensor(90.0)).item() == pytest.approx(math.sin(90))
    assert torch.sin(torch.deg2rad(torch.tensor(90.0))).item() == pytest.approx(1.0)


def test_positions_k_apart_differ_by_a_fixed_rotation():
    pe = sinusoidal_encoding(40, 8).double()
    k, freq = 5, 10000 ** (-torch.arange(0, 8, 2, dtype=torch.float64) / 8)
    c, s = torch.cos(k * freq), torch.sin(k * freq)  # one rotation per column pair
    sin, cos = pe[:-k, 0::2], pe[:-k, 1::2]
    torch.testing.assert_close(pe[k:, 0::2], sin * c + cos * s, atol=1e-6, rtol=0)
    torch.testing.assert_close(pe[k:, 1::2], cos * c - sin * s, atol=1e-6, rtol=0)


# --- clamp -----------------------------------------------------------------------------

number_bounds = st.one_of(
    st.none(), st.integers(-8, 8), st.floats(-8, 8), st.sampled_from([NAN, INF, -INF, -0.0])
)


@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=3), seed=seeds,
       dtype=st.sampled_from(FLOATS + INTS), lo=number_bounds, hi=number_bounds,
       numpy=st.booleans())
def test_clamp_number_bounds_equal_torch(shape, seed, dtype, lo, hi, numpy):
    if lo is None and hi is None:
        lo = 0
    if dtype == torch.uint8:  # negative int bounds do not fit uint8: refused by both
        lo, hi = (None if isinstance(b, int) and b < 0 else b for b in (lo, hi))
        lo = 0 if lo is None and hi is None else lo
    x = _data(shape, dtype, torch.Generator().manual_seed(seed))
    if numpy:  # NumPy scalars are numbers to torch, and to the reference
        lo, hi = (b if b is None else np.float64(b) if isinstance(b, float) else np.int64(b) for b in (lo, hi))
    # exact, dtype included: an int tensor with a float bound must come back as float
    torch.testing.assert_close(clamp(x, lo, hi), torch.clamp(x, lo, hi), **EXACT)


@st.composite
def tensor_bounds(draw):
    shape = draw(st.lists(st.integers(1, 3), min_size=0, max_size=3))
    g = torch.Generator().manual_seed(draw(seeds))
    x = _data(shape, draw(st.sampled_from(FLOATS + INTS + [torch.bool])), g)
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
        bounds.append(_data(bshape, draw(st.sampled_from(FLOATS + INTS + [torch.bool])), g))
    if bounds == [None, None]:
        bounds[0] = torch.tensor(0.0)
    return x, *bounds


@given(tensor_bounds())
def test_clamp_tensor_bounds_equal_torch(args):
    # mixed dtypes and 0-d vs dimensioned bounds exercise the promotion rule; the bounds
    # are often NaN and often cross (min > max somewhere)
    x, lo, hi = args
    try:
        expected = torch.clamp(x, lo, hi)
    except NotImplementedError:  # bool with both bounds: torch has no kernel
        with pytest.raises(TypeError, match="a bool result takes one bound"):
            clamp(x, lo, hi)
        return
    torch.testing.assert_close(clamp(x, lo, hi), expected, **EXACT)


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


def test_clamp_follows_the_input_device():
    x = torch.empty(2, 3, device="meta")
    for lo, hi in ((0.0, 1.0), (torch.empty(3, device="meta"), None), (torch.tensor(0.0), torch.tensor(1.0))):
        got = clamp(x, lo, hi)
        assert got.device.type == "meta" and got.shape == (2, 3) and got.dtype == torch.float32


@pytest.mark.parametrize(("x", "bounds"), [
    (torch.ones(2, dtype=torch.float16), {"max": 1e5}),
    (torch.ones(2, dtype=torch.int8), {"min": -1000}),
    (torch.ones(2, dtype=torch.int64), {"min": 2**63}),
])
def test_clamp_number_bound_overflow_raises_like_torch(x, bounds):
    with pytest.raises(RuntimeError, match="without overflow"):
        torch.clamp(x, **bounds)
    with pytest.raises(ValueError, match=r"clamp\(\): .* does not fit in (torch\.)?(float16|int8|int64)"):
        clamp(x, **bounds)


def test_clamp_gradient_at_a_bound_differs_across_releases():
    x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
    torch.clamp(x, 0, 1).sum().backward()
    if torch.__version__ >= "2.14":  # 2.13 and earlier pass gradient 1 on a bound
        assert x.grad.tolist() == [0.0, 0.0, 1.0, 0.0, 0.0]
    else:
        assert x.grad.tolist() == [0.0, 1.0, 1.0, 1.0, 0.0]


# --- nan_to_num ------------------------------------------------------------------------

replacements = st.one_of(st.none(), st.floats(-1e6, 1e6), st.sampled_from([NAN, INF, -INF, 7, 2**70]))


@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=3), seed=seeds,
       dtype=st.sampled_from(FLOATS), nan=st.floats(-1e6, 1e6), posinf=replacements,
       neginf=replacements)
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


@pytest.mark.parametrize("x", [torch.tensor([1, -2]), torch.tensor([True, False]),
                               torch.tensor([3], dtype=torch.uint16)])
def test_nan_to_num_leaves_integers_alone(x):
    assert torch.equal(nan_to_num(x, nan=5.0), torch.nan_to_num(x, nan=5.0))


def test_nan_to_num_numpy_numbers_and_device():
    x = torch.tensor([NAN, INF])
    assert torch.equal(nan_to_num(x, np.float32(1.5), np.int64(3)), torch.nan_to_num(x, 1.5, 3.0))
    meta = torch.empty(3, device="meta", dtype=torch.float16)
    got, expected = nan_to_num(meta), torch.nan_to_num(meta)
    assert got.device == expected.device and got.dtype == expected.dtype and got.shape == expected.shape


def test_torch_counterparts_of_the_bad_calls():
    with pytest.raises(RuntimeError, match="At least one of 'min' or 'max' must not be None"):
        torch.clamp(torch.ones(2))
    with pytest.raises(TypeError, match="invalid combination of arguments"):
        torch.clamp(torch.ones(2), torch.zeros(2), 1.0)
    with pytest.raises(NotImplementedError, match="xlogy"):
        torch.xlogy(torch.tensor([1j]), torch.tensor([1j]))
    with pytest.raises(RuntimeError, match="must match the size"):
        torch.xlogy(torch.ones(2), torch.ones(3))
    with pytest.raises(NotImplementedError, match="ComplexHalf"):
        torch.nan_to_num(COMPLEX32)


# --- bad calls -------------------------------------------------------------------------

F = torch.ones(2)
with warnings.catch_warnings():  # "ComplexHalf support is experimental"
    warnings.simplefilter("ignore")
    COMPLEX32 = torch.zeros(1, dtype=torch.complex32)
    NESTED = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])
    QUANTIZED = torch.quantize_per_tensor(torch.ones(2), 0.1, 0, torch.quint8)
SPARSE = torch.ones(2).to_sparse()
FLOAT8 = torch.zeros(2, dtype=torch.float8_e4m3fn)
BITS8 = torch.zeros(2, dtype=torch.uint8).view(torch.bits8)
UINT4 = torch.zeros(2, dtype=torch.uint8).view(torch.uint4)
BAD_CALLS = [
    Bad(xlogy, (F, [1.0]), TypeError, r"xlogy\(\): y must be a torch.Tensor, got list"),
    Bad(xlogy, (2.0, F), TypeError, r"xlogy\(\): x must be a torch.Tensor, got float"),
    Bad(xlogy, (torch.tensor([1j]), F), TypeError, r"xlogy\(\): x must be real \(torch.xlogy refuses complex\), got torch.complex64"),
    Bad(xlogy, (F, torch.tensor([1j]).to(torch.complex128)), TypeError, r"xlogy\(\): y must be real .* got torch.complex128"),
    Bad(xlogy, (F, torch.ones(3)), ValueError, r"xlogy\(\): x of shape \(2,\) and y of shape \(3,\) do not broadcast"),
    Bad(xlogy, (torch.ones(2, device="meta"), F), ValueError, r"xlogy\(\): x and y must be on one device, got meta and cpu"),
    Bad(sinusoidal_encoding, (4, 5), ValueError, r"sinusoidal_encoding\(\): dim must be even \(sin/cos pairs\), got 5"),
    Bad(sinusoidal_encoding, (4, 0), ValueError, r"dim must be >= 2, got 0"),
    Bad(sinusoidal_encoding, (-1, 4), ValueError, r"seq_len must be >= 0, got -1"),
    Bad(sinusoidal_encoding, (4.0, 4), TypeError, r"seq_len must be an int, got float"),
    Bad(sinusoidal_encoding, (True, 4), TypeError, r"seq_len must be an int, got bool"),
    Bad(sinusoidal_encoding, (4, 4.0), TypeError, r"dim must be an int, got float"),
    Bad(sinusoidal_encoding, (4, 4), ValueError, r"base must be a finite number > 1, got 1.0", {"base": 1.0}),
    Bad(sinusoidal_encoding, (4, 4), ValueError, r"base must be a finite number > 1, got inf", {"base": INF}),
    Bad(sinusoidal_encoding, (4, 4), ValueError, r"base must be a finite number > 1, got nan", {"base": NAN}),
    Bad(sinusoidal_encoding, (4, 4), TypeError, r"base must be a real number, got str", {"base": "1e4"}),
    Bad(sinusoidal_encoding, (2**40, 8), ValueError, r"seq_len=1099511627776 and dim=8 give 8796093022208 elements, more than can be allocated"),
    Bad(sinusoidal_encoding, (2**62, 2**40), ValueError, r"more than can be allocated"),
    Bad(clamp, (F,), ValueError, r"clamp\(\): at least one of min and max must be given, got neither"),
    Bad(clamp, ([1.0],), TypeError, r"clamp\(\): x must be a torch.Tensor, got list", {"min": 0}),
    Bad(clamp, (F,), TypeError, r"clamp\(\): min must be a real number or a tensor, got str", {"min": "0"}),
    Bad(clamp, (F,), TypeError, r"clamp\(\): max must be a real number or a tensor, got bool", {"max": True}),
    Bad(clamp, (F,), TypeError, r"clamp\(\): min must be a real number or a tensor, got complex", {"min": 1j}),
    Bad(clamp, (F,), TypeError, r"clamp\(\): min and max must both be numbers or both be tensors", {"min": torch.zeros(2), "max": 1.0}),
    Bad(clamp, (torch.tensor([True]),), TypeError, r"clamp\(\): a bool result takes one bound, as in torch, got both", {"min": torch.tensor(False), "max": torch.tensor(True)}),
    Bad(clamp, (torch.tensor([1j]),), TypeError, r"clamp\(\): .* got torch.complex64", {"min": 0}),
    Bad(clamp, (torch.tensor([1], dtype=torch.uint16),), TypeError, r"clamp\(\): .* got torch.uint16", {"min": 0}),
    Bad(clamp, (torch.ones(2, 3),), ValueError, r"clamp\(\): min of shape \(2,\) does not broadcast with x of shape \(2, 3\)", {"min": torch.zeros(2)}),
    Bad(clamp, (torch.ones(1, dtype=torch.float16),), ValueError, r"clamp\(\): max=70000.0 does not fit in torch.float16, whose range is \[-65504.0, 65504.0\]", {"max": 7e4}),
    Bad(clamp, (F,), ValueError, r"clamp\(\): min=1180591620717411303424 does not fit in int64", {"min": 2**70}),
    Bad(clamp, (torch.ones(2, device="meta"),), ValueError, r"clamp\(\): x and min must be on one device, got meta and cpu", {"min": torch.zeros(2)}),
    Bad(nan_to_num, ([1.0],), TypeError, r"nan_to_num\(\): x must be a torch.Tensor, got list"),
    Bad(nan_to_num, (F,), TypeError, r"nan_to_num\(\): nan must be a real number, got str", {"nan": "0"}),
    Bad(nan_to_num, (F,), TypeError, r"nan_to_num\(\): posinf must be a real number, got a torch.float32 tensor", {"posinf": torch.tensor(1.0)}),
    Bad(nan_to_num, (F,), TypeError, r"nan_to_num\(\): neginf must be a real number, got bool", {"neginf": False}),
    Bad(clamp, (SPARSE,), TypeError, r"clamp\(\): x must be a dense \(strided\) tensor, got a torch.sparse_coo tensor", {"min": 0}),
    Bad(clamp, (F,), TypeError, r"clamp\(\): max must be a dense \(strided\) tensor, got a quantized tensor", {"min": F, "max": QUANTIZED}),
    Bad(xlogy, (NESTED, F), TypeError, r"xlogy\(\): x must be a dense \(strided\) tensor, got a nested tensor"),
    Bad(nan_to_num, (SPARSE,), TypeError, r"nan_to_num\(\): x must be a dense \(strided\) tensor"),
    Bad(nan_to_num, (COMPLEX32,), TypeError, r"nan_to_num\(\): x of dtype torch.complex32 is not supported"),
    # dtypes torch has no kernels for are refused up front, not failed on inside
    Bad(xlogy, (FLOAT8, FLOAT8), TypeError, r"xlogy\(\): x of dtype torch.float8_e4m3fn is not supported \(torch has few or no kernels for it\)"),
    Bad(xlogy, (F, BITS8), TypeError, r"xlogy\(\): y of dtype torch.bits8 is not supported"),
    Bad(clamp, (UINT4,), TypeError, r"clamp\(\): x of dtype torch.uint4 is not supported", {"min": 0}),
    Bad(clamp, (F,), TypeError, r"clamp\(\): min of dtype torch.float8_e5m2 is not supported", {"min": FLOAT8.to(torch.float8_e5m2)}),
    Bad(nan_to_num, (FLOAT8,), TypeError, r"nan_to_num\(\): x of dtype torch.float8_e4m3fn is not supported"),
    Bad(sinusoidal_encoding, (4, 4), ValueError, r"sinusoidal_encoding\(\): base is an int of 1329 bits, too large for a double", {"base": 10**400}),
    # torch reads a 0-d tensor bound beside a number bound as a number; a meta one has no value
    Bad(clamp, (F,), TypeError, r"clamp\(\): min and max must both be numbers or both be tensors .* got min as a 0-d torch.float32 tensor on meta", {"min": torch.tensor(0.0, device="meta"), "max": 1}),
    Bad(clamp, (F,), TypeError, r"clamp\(\): max must be a real number or a tensor, got bool", {"min": 0, "max": torch.tensor(True)}),
    Bad(clamp, (torch.ones(2, dtype=torch.float16),), ValueError, r"clamp\(\): min=1000000.0 does not fit in torch.float16", {"min": torch.tensor(1e6), "max": 2}),
    Bad(nan_to_num, (F,), ValueError, r"nan_to_num\(\): posinf is an int of 1329 bits, too large for a double", {"posinf": 10**400}),
    Bad(xlogy, (torch.ones(2, dtype=torch.int8), torch.ones(2, dtype=torch.uint64)), TypeError, r"xlogy\(\): x \(torch.int8\) and y \(torch.uint64\) have dtypes torch does not promote together"),
    Bad(clamp, (torch.ones(2, dtype=torch.int8),), TypeError, r"clamp\(\): x and the bounds have dtypes torch does not promote together \(x torch.int8, min torch.uint16\)", {"min": torch.ones(2, dtype=torch.uint16)}),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)


@pytest.mark.parametrize(
    ("x", "bounds"),
    [
        (torch.tensor([-1.0, 0.5, 2.0]), {"min": torch.tensor(0.0), "max": 1}),
        (torch.tensor([-1, 0, 2]), {"min": torch.tensor(0.5), "max": 1}),
        (torch.tensor([-1, 0, 2]), {"min": 0, "max": torch.tensor(1, dtype=torch.int8)}),
        (torch.tensor([-1.0, 0.5, 2.0]), {"min": 0, "max": torch.tensor(1.0, dtype=torch.float64)}),
        (torch.tensor([-1.0, 0.5, 2.0]), {"min": torch.tensor(NAN), "max": 1}),
        (torch.ones(3, device="meta"), {"min": torch.tensor(0.0), "max": 1}),
    ],
)
def test_clamp_reads_a_0d_tensor_beside_a_number_as_a_number(x, bounds):
    # torch's number overload takes a 0-d tensor as its value when the other bound is a number
    got, expected = clamp(x, **bounds), torch.clamp(x, **bounds)
    assert (got.dtype, got.device, got.shape) == (expected.dtype, expected.device, expected.shape)
    if x.device.type != "meta":
        assert torch.equal(got, expected) or torch.allclose(got, expected, equal_nan=True)
