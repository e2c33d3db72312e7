"""exp, log, sin-cos, add-mul-div, matmul, einsum: the references equal torch."""

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from torchnotes.math import broadcast_shape, div, einsum, logsumexp, matmul, sinusoidal_encoding, xlogy

same = {"rtol": 0, "atol": 0, "equal_nan": True}
shapes = st.lists(st.integers(0, 4), min_size=1, max_size=3)
INF, NAN = float("inf"), float("nan")


def _special(x, g):
    """Sprinkle NaN and +-inf into a float tensor."""
    if x.numel():
        pick = torch.rand(x.shape, generator=g)
        x = torch.where(pick < 0.1, torch.tensor(NAN, dtype=x.dtype), x)
        x = torch.where((pick > 0.9) & (pick < 0.95), torch.tensor(INF, dtype=x.dtype), x)
        x = torch.where(pick >= 0.95, torch.tensor(-INF, dtype=x.dtype), x)
    return x


@st.composite
def broadcastable_pair(draw):
    """Two shapes that broadcast: the second drops leading dims and turns some sizes into 1."""
    full = draw(st.lists(st.integers(0, 4), min_size=0, max_size=3))
    keep = draw(st.integers(0, len(full)))
    other = [1 if draw(st.booleans()) else n for n in full[len(full) - keep:]]
    return (full, other) if draw(st.booleans()) else (other, full)


# --- exp -----------------------------------------------------------------------------

@given(shape=shapes, dim_seed=st.integers(0, 5), keepdim=st.booleans(), seed=st.integers(0, 2**16),
       scale=st.sampled_from([1.0, 100.0, 1000.0]), special=st.booleans(),
       dtype=st.sampled_from([torch.float32, torch.float64]))
def test_logsumexp_equals_torch(shape, dim_seed, keepdim, seed, scale, special, dtype):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(shape, generator=g, dtype=dtype) * scale
    if special:
        x = _special(x, g)
    dim = dim_seed % (2 * len(shape)) - len(shape)
    # torch.logsumexp is the same composite (amax, zero an infinite max, exp, sum, log, add)
    # on the same kernels, so the results agree to the last bit
    torch.testing.assert_close(logsumexp(x, dim, keepdim), torch.logsumexp(x, dim, keepdim), **same)


def test_logsumexp_infinite_and_empty_rows():
    x = torch.tensor([[-INF, -INF], [INF, 1.0], [INF, -INF], [INF, INF], [NAN, 1.0], [1e4, 1e4]])
    expected = torch.tensor([-INF, INF, INF, INF, NAN, 1e4 + math.log(2)])
    torch.testing.assert_close(logsumexp(x, 1), expected, **same)
    torch.testing.assert_close(logsumexp(x, 1), torch.logsumexp(x, 1), **same)
    empty = torch.empty(3, 0)
    torch.testing.assert_close(logsumexp(empty, 1), torch.full((3,), -INF), **same)
    torch.testing.assert_close(logsumexp(empty, 1), torch.logsumexp(empty, 1), **same)


def test_naive_exp_overflows_above_88_7_in_float32():
    assert math.isfinite(torch.exp(torch.tensor(88.72)).item())
    assert torch.exp(torch.tensor(88.73)).item() == INF


@pytest.mark.parametrize(("dtype", "largest", "vanishes_below"),
                         [(torch.float16, 11.08, -17.3), (torch.float32, 88.7, -103.9), (torch.float64, 709.78, -745.1)])
def test_exp_range_table_on_the_exp_page(dtype, largest, vanishes_below):
    exp = lambda v: torch.exp(torch.tensor(v, dtype=dtype)).item()
    assert math.isfinite(exp(largest)) and exp(largest + 0.1) == math.inf
    assert exp(vanishes_below) > 0 and exp(vanishes_below - 0.1) == 0


# --- log -----------------------------------------------------------------------------

@given(pair=broadcastable_pair(), seed=st.integers(0, 2**16),
       dtypes=st.tuples(*[st.sampled_from([torch.float32, torch.float64])] * 2))
def test_xlogy_equals_torch(pair, seed, dtypes):
    g = torch.Generator().manual_seed(seed)
    x_shape, y_shape = pair
    x = _special(torch.randn(x_shape, generator=g, dtype=dtypes[0]), g)
    x = torch.where(torch.rand(x_shape, generator=g) < 0.3, torch.zeros((), dtype=dtypes[0]), x)
    y = torch.randn(y_shape, generator=g, dtype=dtypes[1]) * 3  # negatives too: log is NaN there
    y = _special(torch.where(torch.rand(y_shape, generator=g) < 0.3, torch.zeros((), dtype=dtypes[1]), y), g)
    got, expected = xlogy(x, y), torch.xlogy(x, y)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    # torch.log is vectorized while torch.xlogy's kernel calls the scalar std::log; the two
    # differ by at most one unit in the last place, hence a few eps of relative tolerance
    eps = torch.finfo(got.dtype).eps
    torch.testing.assert_close(got, expected, rtol=4 * eps, atol=0, equal_nan=True)


def test_xlogy_zero_times_anything_but_nan_is_zero():
    y = torch.tensor([0.0, -1.0, INF, 2.0, NAN])
    torch.testing.assert_close(xlogy(torch.zeros(5), y), torch.tensor([0.0, 0.0, 0.0, 0.0, NAN]), **same)
    assert torch.isnan(torch.zeros(5) * torch.log(torch.tensor([0.0]))).all()  # the trap



def test_log_page_claims():
    assert torch.log(torch.tensor(INF)).item() == INF
    assert torch.tensor(1e-8, dtype=torch.float16).item() == 0  # log(x + 1e-8) adds nothing
    assert torch.special.entr(torch.tensor(0.0)).item() == 0
    logits = torch.tensor([0.0, -200.0])
    assert torch.log(torch.softmax(logits, 0))[1].item() == -INF  # the probability underflowed
    assert torch.log_softmax(logits, 0)[1].item() == -200.0
    x = torch.tensor([1e-8])
    assert torch.log(1 + x).item() == 0 and torch.log1p(x).item() == pytest.approx(1e-8)

# --- sin-cos -------------------------------------------------------------------------

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

# --- add-mul-div ---------------------------------------------------------------------

@given(shape_list=st.lists(st.lists(st.integers(0, 3), max_size=3), max_size=3),
       ones=st.lists(st.booleans(), min_size=9, max_size=9), drop=st.lists(st.integers(0, 3), min_size=3, max_size=3))
def test_broadcast_shape_equals_torch(shape_list, ones, drop):
    # derive most shapes from the first one so that many of them do broadcast
    base = shape_list[0] if shape_list else []
    derived = [[1 if ones[3 * k + j] else n for j, n in enumerate(base[d:])]
               for k, d in enumerate(drop[: len(shape_list)])]
    for shapes_ in (shape_list, derived, derived[:1] + shape_list[1:]):
        shapes_ = [tuple(s) for s in shapes_]
        try:
            expected = tuple(torch.broadcast_shapes(*shapes_))
        except RuntimeError:
            with pytest.raises(ValueError, match="do not broadcast"):
                broadcast_shape(*shapes_)
            continue
        assert broadcast_shape(*shapes_) == expected


def test_broadcast_shape_edge_cases():
    assert broadcast_shape() == tuple(torch.broadcast_shapes()) == ()
    assert broadcast_shape((0,), (1,)) == (0,)  # 1 stretches to 0
    assert broadcast_shape(torch.Size([2, 1]), [3]) == (2, 3)
    with pytest.raises(ValueError, match=r"shapes \(3,\) and \(4,\) do not broadcast: size 3 vs 4"):
        broadcast_shape((3,), (1,), (3,), (4,))  # the message names the two that clash


@given(pair=broadcastable_pair(), seed=st.integers(0, 2**16), mode=st.sampled_from([None, "trunc", "floor"]),
       dtypes=st.tuples(*[st.sampled_from([torch.float32, torch.float64, torch.int64])] * 2))
def test_float_div_equals_torch(pair, seed, mode, dtypes):
    g = torch.Generator().manual_seed(seed)
    if torch.int64 == dtypes[0] == dtypes[1]:
        dtypes = (torch.float32, torch.int64)
    a = torch.randn(pair[0], generator=g, dtype=torch.float64) * 10
    b = torch.randn(pair[1], generator=g, dtype=torch.float64) * 3
    a, b = a.to(dtypes[0]), b.to(dtypes[1])
    if a.dtype.is_floating_point:
        a = _special(a, g)
    b = torch.where(torch.rand(pair[1], generator=g) < 0.1, torch.zeros((), dtype=b.dtype), b)
    if not b.dtype.is_floating_point and (b == 0).any() and mode is not None:
        b = b.masked_fill(b == 0, 1)  # int / 0 only exists as float; covered below
    got, expected = div(a, b, rounding_mode=mode), torch.div(a, b, rounding_mode=mode)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)


@given(pair=broadcastable_pair(), seed=st.integers(0, 2**16), mode=st.sampled_from([None, "trunc", "floor"]),
       dtypes=st.tuples(*[st.sampled_from([torch.int8, torch.int32, torch.int64])] * 2),
       zero_d=st.sampled_from([None, 0, 1]))
def test_int_div_equals_torch(pair, seed, mode, dtypes, zero_d):
    g = torch.Generator().manual_seed(seed)
    shapes_ = list(pair)
    if zero_d is not None:
        shapes_[zero_d] = []  # a 0-d tensor does not widen the other's dtype
    a = torch.randint(-20, 21, shapes_[0], generator=g).to(dtypes[0])
    sign = torch.randint(0, 2, shapes_[1], generator=g) * 2 - 1
    b = (torch.randint(1, 7, shapes_[1], generator=g) * sign).to(dtypes[1])
    got, expected = div(a, b, rounding_mode=mode), torch.div(a, b, rounding_mode=mode)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)


@pytest.mark.parametrize("mode", ["trunc", "floor"])
def test_integer_division_by_zero_raises_in_both(mode):
    a, b = torch.tensor([1, 2]), torch.tensor([1, 0])
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        torch.div(a, b, rounding_mode=mode)
    with pytest.raises(ValueError, match="integer division by zero"):
        div(a, b, rounding_mode=mode)
    # true division turns the ints into floats first, so 1 / 0 is inf there
    assert torch.equal(div(a, b), torch.div(a, b)) and div(a, b)[1].item() == INF


def test_floor_div_is_not_floor_of_true_division():
    # 0.1 is stored slightly above 1/10, so 1 / 0.1 is just below 10 but rounds to 10.0;
    # floor division works on the exact values, like Python's 1.0 // 0.1 == 9.0
    a, b = torch.tensor([1.0]), torch.tensor([0.1])
    assert torch.floor(a / b).item() == 10.0 and torch.div(a, b, rounding_mode="floor").item() == 9.0
    assert div(a, b, rounding_mode="floor").item() == 9.0 == 1.0 // 0.1


def test_todays_integer_division_operators():
    # `/` on integer tensors has been true division since 1.7 and `//` floors since 1.13
    # (both used to round toward zero); these fail if torch ever changes them again
    a = torch.tensor([7, -7])
    assert torch.equal(a / 2, torch.tensor([3.5, -3.5]))
    assert torch.equal(a // 2, torch.tensor([3, -4]))
    assert torch.equal(torch.floor_divide(a, 2), torch.tensor([3, -4]))
    assert torch.equal(torch.add(a, torch.tensor([1, 1]), alpha=10), torch.tensor([17, 3]))


# --- matmul --------------------------------------------------------------------------

@given(ranks=st.tuples(st.integers(1, 4), st.integers(1, 4)), sizes=st.lists(st.integers(0, 3), min_size=6, max_size=6),
       ones=st.lists(st.booleans(), min_size=4, max_size=4), seed=st.integers(0, 2**16))
def test_matmul_equals_torch(ranks, sizes, ones, seed):
    g = torch.Generator().manual_seed(seed)
    n, k, m = sizes[:3]
    batch = [s + 1 for s in sizes[3:]] + [2]
    batch_a = [1 if o else s for s, o in zip(batch, ones)][: max(ranks[0] - 2, 0)]
    batch_b = [1 if not o else s for s, o in zip(batch, ones)][: max(ranks[1] - 2, 0)]
    a_shape = (k,) if ranks[0] == 1 else (*batch_a, n, k)
    b_shape = (k,) if ranks[1] == 1 else (*batch_b, k, m)
    a = torch.randint(-5, 6, a_shape, generator=g)
    b = torch.randint(-5, 6, b_shape, generator=g)
    got, expected = matmul(a, b), torch.matmul(a, b)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)  # integers: exact
    for dtype in (torch.float32, torch.float64):
        af, bf = a.to(dtype) / 3, b.to(dtype) / 7
        # BLAS sums the k products in another order (and may use FMA): round-off differs,
        # so compare within assert_close's default tolerance for the dtype
        torch.testing.assert_close(matmul(af, bf), torch.matmul(af, bf))


def test_matmul_page_claims():
    with pytest.raises(RuntimeError):  # no type promotion, unlike +
        torch.ones(2) @ torch.ones(2, dtype=torch.long)
    with pytest.raises(RuntimeError):  # scalars are rejected
        torch.tensor(2.0) @ torch.ones(2)
    with pytest.raises(RuntimeError):  # batch sizes 2 and 3 do not broadcast
        torch.ones(2, 1, 3) @ torch.ones(3, 3, 1)
    a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    assert not torch.equal(a * a, a @ a)


def test_mm_and_bmm_do_not_broadcast():
    with pytest.raises(RuntimeError):
        torch.mm(torch.ones(2, 3, 4), torch.ones(2, 4, 5))
    with pytest.raises(RuntimeError):
        torch.bmm(torch.ones(1, 3, 4), torch.ones(2, 4, 5))
    assert matmul(torch.ones(1, 3, 4), torch.ones(2, 4, 5)).shape == (2, 3, 5)


# --- einsum --------------------------------------------------------------------------

EQUATIONS = [
    "ij->ji", "ii->i", "ii", "ij->", "ij", "ba", "ij,jk->ik", "ij,jk", "bij,bjk->bik", "i,j->ij", "i,i->",
    "i,i", "bhqd,bhkd->bhqk", "ijk,k->ij", "ij,ij->i", "ij,jk,kl->il", "iij->j", "Ab,bC->CA", "ij,kl", "",
]


@pytest.mark.parametrize("equation", EQUATIONS)
@settings(max_examples=12)
@given(data=st.data(), seed=st.integers(0, 2**16))
def test_einsum_equals_torch(equation, data, seed):
    g = torch.Generator().manual_seed(seed)
    inputs = equation.split("->")[0].split(",")
    sizes = {c: data.draw(st.integers(0, 4), label=c) for c in sorted(set("".join(inputs)))}
    shapes_ = []
    for subs in inputs:
        # a letter shared between operands may be 1 in one of them: einsum broadcasts it
        shapes_.append([1 if subs.count(c) == 1 and data.draw(st.integers(0, 4)) == 0 else sizes[c]
                        for c in subs])
    ops = [torch.randint(-4, 5, s, generator=g).double() for s in shapes_]
    expected = torch.einsum(equation, *ops)
    got = einsum(equation, *ops)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)  # small integers in float64: exact
    ints = [op.to(torch.int32) for op in ops]
    assert torch.equal(einsum(equation, *ints), torch.einsum(equation, *ints).to(torch.int32))


def test_einsum_page_claims():
    with pytest.raises(RuntimeError):  # no type promotion
        torch.einsum("i,i->", torch.ones(2), torch.ones(2, dtype=torch.float64))
    assert torch.einsum("i,i->", torch.ones(1), torch.ones(3)).item() == 3.0  # size 1 broadcasts
    assert einsum("i,i->", torch.ones(1), torch.ones(3)).item() == 3.0
    u, v = torch.arange(3.0), torch.arange(3.0, 6.0)
    assert torch.equal(torch.einsum("i,i->", u, v), torch.dot(u, v))
    assert torch.equal(torch.einsum("i,j->ij", u, v), torch.outer(u, v))


def test_einsum_implicit_output_is_alphabetical():
    x = torch.arange(6).reshape(2, 3)
    assert torch.equal(einsum("ba", x), x.T) and torch.equal(torch.einsum("ba", x), x.T)
    assert einsum("aB", torch.ones(2, 3)).shape == torch.einsum("aB", torch.ones(2, 3)).shape == (3, 2)


# --- bad input -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: logsumexp(torch.tensor([1, 2]), 0), TypeError, r"logsumexp\(\): x must be a floating-point tensor, got torch.int64"),
        (lambda: logsumexp(torch.ones(2), 1), ValueError, r"logsumexp\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: xlogy(torch.ones(2), [1.0]), TypeError, r"xlogy\(\): y must be a torch.Tensor, got list"),
        (lambda: xlogy(torch.tensor([1]), torch.ones(1)), TypeError, r"xlogy\(\): x must be a floating-point tensor, got torch.int64"),
        (lambda: sinusoidal_encoding(4, 5), ValueError, r"sinusoidal_encoding\(\): dim must be even \(sin/cos pairs\), got 5"),
        (lambda: sinusoidal_encoding(4, 0), ValueError, r"dim must be >= 2, got 0"),
        (lambda: sinusoidal_encoding(-1, 4), ValueError, r"seq_len must be >= 0, got -1"),
        (lambda: sinusoidal_encoding(4.0, 4), TypeError, r"seq_len must be an int, got float"),
        (lambda: sinusoidal_encoding(4, 4, base=1.0), ValueError, r"base must be > 1, got 1.0"),
        (lambda: sinusoidal_encoding(4, 4, base="1e4"), TypeError, r"base must be a number, got str"),
        (lambda: broadcast_shape((2, -1)), TypeError, r"broadcast_shape\(\): shapes\[0\] must be a tuple of sizes >= 0, got \(2, -1\)"),
        (lambda: broadcast_shape((2,), 3), TypeError, r"shapes\[1\] must be a tuple of sizes >= 0, got 3"),
        (lambda: broadcast_shape((2, 3), (3, 3)), ValueError, r"shapes \(2, 3\) and \(3, 3\) do not broadcast: size 2 vs 3 in dimension -2"),
        (lambda: div(torch.ones(2), torch.ones(2), rounding_mode="round"), ValueError, r"div\(\): rounding_mode must be None, 'trunc' or 'floor', got 'round'"),
        (lambda: div(torch.tensor([1]), torch.tensor([0]), rounding_mode="floor"), ValueError, r"div\(\): integer division by zero"),
        (lambda: div(1, torch.ones(1)), TypeError, r"div\(\): a must be a torch.Tensor, got int"),
        (lambda: div(torch.tensor([True]), torch.ones(1)), TypeError, r"div\(\): a and b must be numbers, not torch.bool"),
        (lambda: matmul(torch.tensor(1.0), torch.ones(2)), ValueError, r"matmul\(\): both arguments need at least 1 dimension, got 0-d and 1-d"),
        (lambda: matmul(torch.ones(2, 3), torch.ones(2, 3)), ValueError, r"inner sizes differ: a is \(2, 3\), b is \(2, 3\) \(3 != 2\)"),
        (lambda: matmul(torch.ones(2, 2, 3), torch.ones(3, 3, 1)), ValueError, r"shapes \(2,\) and \(3,\) do not broadcast"),
        (lambda: matmul(torch.ones(2), torch.ones(2, dtype=torch.long)), TypeError, r"same dtype, got torch.float32 and torch.int64"),
        (lambda: matmul(torch.ones(2), "b"), TypeError, r"matmul\(\): b must be a torch.Tensor, got str"),
        (lambda: einsum("...ij->ij", torch.ones(2, 2)), ValueError, r"einsum\(\): ellipsis '...' is not supported"),
        (lambda: einsum("ij,jk->ik", torch.ones(2, 2)), ValueError, r"has 2 operand subscripts, got 1 tensors"),
        (lambda: einsum("ij->ik", torch.ones(2, 2)), ValueError, r"output 'ik' must list distinct letters of the inputs"),
        (lambda: einsum("ij->ii", torch.ones(2, 2)), ValueError, r"output 'ii' must list distinct letters"),
        (lambda: einsum("ij,jk->ik", torch.ones(2, 3), torch.ones(2, 2)), ValueError, r"letter 'j' has sizes 3 and 2, which do not broadcast"),
        (lambda: einsum("ii->i", torch.ones(2, 3)), ValueError, r"operands\[0\] repeats letter 'i' over sizes 2 and 3"),
        (lambda: einsum("ijk->i", torch.ones(2, 2)), ValueError, r"operands\[0\] has 2 dimensions but subscripts 'ijk'"),
        (lambda: einsum(3, torch.ones(2)), TypeError, r"einsum\(\): equation must be a str, got int"),
        (lambda: einsum("i1->i", torch.ones(2, 2)), ValueError, r"subscripts must be letters a-z or A-Z, got 'i1->i'"),
        (lambda: einsum("éi", torch.ones(2, 2)), ValueError, r"subscripts must be letters a-z or A-Z"),
        (lambda: einsum("i,i", torch.ones(2), torch.ones(2, dtype=torch.float64)), TypeError, r"operands must share one dtype, got torch.float32, torch.float64"),
        (lambda: einsum("i", [1.0]), TypeError, r"einsum\(\): operands\[0\] must be a torch.Tensor, got list"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
