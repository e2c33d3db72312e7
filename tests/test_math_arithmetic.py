"""broadcast_shape and div: the references equal torch, and refuse what they do not follow."""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.math import broadcast_shape, div

EXACT = {"rtol": 0, "atol": 0, "equal_nan": True}
INF, NAN = float("inf"), float("nan")
INTS = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]
MODES = [None, "trunc", "floor"]
seeds = st.integers(0, 2**16)


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
    """Two shapes that broadcast: one drops leading dims and turns some sizes into 1."""
    full = draw(st.lists(st.integers(0, 4), min_size=0, max_size=3))
    keep = draw(st.integers(0, len(full)))
    other = [1 if draw(st.booleans()) else n for n in full[len(full) - keep:]]
    return (full, other) if draw(st.booleans()) else (other, full)


# --- broadcast_shape -------------------------------------------------------------------

@given(shape_list=st.lists(st.lists(st.integers(0, 3), max_size=3), max_size=3),
       ones=st.lists(st.booleans(), min_size=9, max_size=9),
       drop=st.lists(st.integers(0, 3), min_size=3, max_size=3))
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
    assert broadcast_shape(3, (2, 1)) == tuple(torch.broadcast_shapes(3, (2, 1))) == (2, 3)
    assert broadcast_shape((np.int64(3),), (2, torch.tensor(1))) == (2, 3)  # torch asserts here
    assert broadcast_shape((2**40,), (2**40, 1)) == (2**40, 2**40)  # no allocation, no loop
    with pytest.raises(ValueError, match=r"shapes \(3,\) and \(4,\) do not broadcast: size 3 vs 4"):
        broadcast_shape((3,), (1,), (3,), (4,))  # the message names the two that clash


# --- div -------------------------------------------------------------------------------

@given(pair=broadcastable_pair(), seed=seeds, mode=st.sampled_from(MODES),
       dtypes=st.tuples(*[st.sampled_from([torch.float32, torch.float64, torch.int64, torch.int8])] * 2))
def test_float_div_equals_torch(pair, seed, mode, dtypes):
    g = torch.Generator().manual_seed(seed)
    if not (dtypes[0].is_floating_point or dtypes[1].is_floating_point):
        dtypes = (torch.float32, dtypes[1])
    a = (torch.randn(pair[0], generator=g, dtype=torch.float64) * 10).to(dtypes[0])
    b = (torch.randn(pair[1], generator=g, dtype=torch.float64) * 3).to(dtypes[1])
    if a.dtype.is_floating_point:
        a = _special(a, g)
    b = torch.where(torch.rand(pair[1], generator=g) < 0.1, torch.zeros((), dtype=b.dtype), b)
    got, expected = div(a, b, rounding_mode=mode), torch.div(a, b, rounding_mode=mode)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **EXACT)


@given(pair=broadcastable_pair(), seed=seeds, mode=st.sampled_from(MODES),
       dtypes=st.tuples(*[st.sampled_from(INTS + [torch.bool])] * 2),
       zero_d=st.sampled_from([None, 0, 1]), extremes=st.booleans())
def test_int_div_equals_torch(pair, seed, mode, dtypes, zero_d, extremes):
    g = torch.Generator().manual_seed(seed)
    shapes_ = list(pair)
    if zero_d is not None:
        shapes_[zero_d] = []  # a 0-d tensor does not widen the other's dtype
    a = torch.randint(-20, 21, shapes_[0], generator=g)
    sign = torch.randint(0, 2, shapes_[1], generator=g) * 2 - 1
    b = torch.randint(1, 7, shapes_[1], generator=g) * sign
    a, b = a.to(dtypes[0]), b.to(dtypes[1])
    if extremes and a.numel() and b.numel() and dtypes[0] != torch.bool:
        # the most negative value, whose magnitude does not fit its dtype; torch's trunc
        # kernel dies of SIGFPE on int32/int64 MIN / -1, so only floor meets -1 there
        a.view(-1)[0] = torch.iinfo(a.dtype).min
        if mode == "trunc":
            b = b.masked_fill(b == -1, -2)
        elif dtypes[1] not in (torch.uint8, torch.bool):
            b.view(-1)[0] = -1
    if mode is not None and torch.result_type(a, b) == torch.bool:
        return  # refused, see the bad calls
    if mode is not None and (b == 0).any() and torch.broadcast_shapes(a.shape, b.shape).numel():
        return  # integer division by zero, tested below
    got, expected = div(a, b, rounding_mode=mode), torch.div(a, b, rounding_mode=mode)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **EXACT)


@pytest.mark.parametrize("dtype", [torch.int8, torch.int16, torch.int32, torch.int64])
@pytest.mark.parametrize("mode", ["trunc", "floor"])
def test_div_of_the_most_negative_integer(dtype, mode):
    low = torch.iinfo(dtype).min
    a = torch.tensor([low, low, low + 1, low, 7], dtype=dtype)
    b = torch.tensor([1, 3, -1, low, low], dtype=dtype)
    assert torch.equal(div(a, b, rounding_mode=mode), torch.div(a, b, rounding_mode=mode))
    # MIN / -1 overflows: torch's floor kernel wraps around to MIN; its trunc kernel kills
    # the interpreter with SIGFPE for int32 and int64, so the reference wraps in both modes
    a, b = torch.tensor([low], dtype=dtype), torch.tensor([-1], dtype=dtype)
    assert torch.equal(torch.div(a, b, rounding_mode="floor"), a)
    assert torch.equal(div(a, b, rounding_mode=mode), a)


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16, torch.complex64, torch.complex128])
def test_true_division_of_half_and_complex_equals_torch(dtype):
    g = torch.Generator().manual_seed(0)
    a = (torch.randn(300, generator=g) * 30).to(dtype)
    b = torch.randn(300, generator=g).to(dtype)
    b[::17] = 0
    got, expected = div(a, b), torch.div(a, b)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **EXACT)
    assert torch.equal(div(torch.tensor([True]), torch.tensor([True])), torch.tensor([1.0]))


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
@pytest.mark.parametrize("mode", ["trunc", "floor"])
def test_torch_half_rounding_division_depends_on_the_tensor_length(dtype, mode):
    # why div refuses these: the vectorized kernel and the scalar tail round differently
    g = torch.Generator().manual_seed(0)
    a = (torch.randn(3000, generator=g) * 100).to(dtype)
    b = (torch.randn(3000, generator=g) * 3).to(dtype)
    whole = torch.div(a, b, rounding_mode=mode)
    one_by_one = torch.stack([torch.div(a[i:i + 1], b[i:i + 1], rounding_mode=mode)[0] for i in range(3000)])
    assert not torch.equal(whole, one_by_one)


@pytest.mark.parametrize("mode", ["trunc", "floor"])
def test_integer_division_by_zero_raises_in_both(mode):
    a, b = torch.tensor([1, 2]), torch.tensor([1, 0])
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        torch.div(a, b, rounding_mode=mode)
    with pytest.raises(ValueError, match="integer division by zero"):
        div(a, b, rounding_mode=mode)
    # true division turns the ints into floats first, so 1 / 0 is inf there
    assert torch.equal(div(a, b), torch.div(a, b)) and div(a, b)[1].item() == INF
    empty = torch.empty(0, dtype=torch.int64)  # nothing is divided: no error in either
    assert div(empty, b[1:], rounding_mode=mode).shape == torch.div(empty, b[1:], rounding_mode=mode).shape


def test_div_follows_the_input_device():
    a = torch.empty(3, dtype=torch.int64, device="meta")
    for mode in MODES:
        got, expected = div(a, a, rounding_mode=mode), torch.div(a, a, rounding_mode=mode)
        assert got.device == expected.device and got.dtype == expected.dtype and got.shape == expected.shape
    got = div(torch.empty(3, device="meta"), torch.tensor(2.0))  # a 0-d CPU tensor may join
    assert got.device.type == "meta"


def test_floor_div_is_not_floor_of_true_division():
    # 0.1 is stored slightly above 1/10, so 1 / 0.1 is just below 10 but rounds to 10.0;
    # floor division works on the exact values, like Python's 1.0 // 0.1 == 9.0
    a, b = torch.tensor([1.0]), torch.tensor([0.1])
    assert torch.floor(a / b).item() == 10.0 and torch.div(a, b, rounding_mode="floor").item() == 9.0
    assert div(a, b, rounding_mode="floor").item() == 9.0 == 1.0 // 0.1


def test_todays_integer_division_operators():
    # `/` on integer tensors has been true division since 1.7 and `//` floors since 1.13
    # (it used to round toward zero); these fail if torch ever changes them again
    a = torch.tensor([7, -7])
    assert torch.equal(a / 2, torch.tensor([3.5, -3.5]))
    assert torch.equal(a // 2, torch.tensor([3, -4]))
    assert torch.equal(torch.floor_divide(a, 2), torch.tensor([3, -4]))
    assert torch.equal(torch.add(a, torch.tensor([1, 1]), alpha=10), torch.tensor([17, 3]))


def test_torch_counterparts_of_the_bad_calls():
    with pytest.raises(NotImplementedError, match="div_floor_cpu"):
        torch.div(torch.tensor([1j]), torch.tensor([1.0]), rounding_mode="floor")
    with pytest.raises(NotImplementedError, match="Bool"):
        torch.div(torch.tensor([True]), torch.tensor([True]), rounding_mode="trunc")
    with pytest.raises(RuntimeError, match="must match the size"):
        torch.div(torch.ones(2), torch.ones(3))
    with pytest.raises(TypeError, match="invalid combination"):
        torch.div(torch.ones(2), torch.ones(2), rounding_mode=1)


# --- bad calls -------------------------------------------------------------------------

F, I = torch.ones(2), torch.tensor([1, 2])
FLOAT8 = torch.ones(2, dtype=torch.float8_e4m3fn)
with warnings.catch_warnings():  # "ComplexHalf support is experimental"
    warnings.simplefilter("ignore")
    COMPLEX32 = torch.ones(2, dtype=torch.complex32)
BAD_CALLS = [
    Bad(broadcast_shape, ((2, -1),), ValueError, r"broadcast_shape\(\): shapes\[0\] must hold sizes >= 0, got \(2, -1\)"),
    Bad(broadcast_shape, ((2,), -3), ValueError, r"shapes\[1\] must hold sizes >= 0, got \(-3,\)"),
    Bad(broadcast_shape, ((2,), 3.0), TypeError, r"broadcast_shape\(\): shapes\[1\] must be an int, got float"),
    Bad(broadcast_shape, ((2, 1.5),), TypeError, r"shapes\[0\] entries must be an int, got float"),
    Bad(broadcast_shape, ((True, 2),), TypeError, r"shapes\[0\] entries must be an int, got bool"),
    Bad(broadcast_shape, ("23",), TypeError, r"shapes\[0\] must be a tuple of ints, got str"),
    Bad(broadcast_shape, ((2, 3), (3, 3)), ValueError, r"shapes \(2, 3\) and \(3, 3\) do not broadcast: size 2 vs 3 in dimension -2"),
    Bad(div, (F, F), ValueError, r"div\(\): rounding_mode must be None, 'trunc' or 'floor', got 'round'", {"rounding_mode": "round"}),
    Bad(div, (F, F), TypeError, r"div\(\): rounding_mode must be None or a str, got int", {"rounding_mode": 1}),
    Bad(div, (torch.tensor([1]), torch.tensor([0])), ValueError, r"div\(\): integer division by zero", {"rounding_mode": "floor"}),
    Bad(div, (1, F), TypeError, r"div\(\): a must be a torch.Tensor, got int"),
    Bad(div, (F, 2.0), TypeError, r"div\(\): b must be a torch.Tensor, got float"),
    Bad(div, (F.to_sparse(), F), TypeError, r"div\(\): a must be a dense \(strided\) tensor, got a torch.sparse_coo tensor"),
    Bad(div, (torch.tensor([True]), torch.tensor([True])), TypeError, r"div\(\): rounding_mode='trunc' is not supported for torch.bool", {"rounding_mode": "trunc"}),
    Bad(div, (torch.tensor([1 + 2j]), F), TypeError, r"div\(\): rounding_mode='floor' is not supported for torch.complex64", {"rounding_mode": "floor"}),
    Bad(div, (F.half(), F.half()), TypeError, r"div\(\): rounding_mode='floor' is not supported for torch.float16 \(torch's CPU result depends", {"rounding_mode": "floor"}),
    Bad(div, (F.bfloat16(), I), TypeError, r"not supported for torch.bfloat16", {"rounding_mode": "trunc"}),
    Bad(div, (I.to(torch.uint16), I.to(torch.uint16)), TypeError, r"not supported for torch.uint16 \(torch has no kernel", {"rounding_mode": "trunc"}),
    Bad(div, (torch.ones(2), torch.ones(3)), ValueError, r"div\(\): a of shape \(2,\) and b of shape \(3,\) do not broadcast"),
    Bad(div, (I, torch.ones(3, 1, dtype=torch.long) * torch.tensor([1, 1, 1])), ValueError, r"div\(\): a of shape \(2,\) and b of shape \(3, 3\) do not broadcast", {"rounding_mode": "floor"}),
    Bad(div, (torch.ones(2, device="meta"), F), ValueError, r"div\(\): a and b must be on one device, got meta and cpu"),
    Bad(broadcast_shape, (b"23",), TypeError, r"shapes\[0\] must be a tuple of ints, got bytes"),
    # dtypes torch has no kernels for are refused up front, not failed on inside
    Bad(div, (FLOAT8, FLOAT8), TypeError, r"div\(\): a of dtype torch.float8_e4m3fn is not supported \(torch has few or no kernels for it\)", {"rounding_mode": "floor"}),
    Bad(div, (F, FLOAT8), TypeError, r"div\(\): b of dtype torch.float8_e4m3fn is not supported"),
    Bad(div, (COMPLEX32, COMPLEX32), TypeError, r"div\(\): a of dtype torch.complex32 is not supported"),
    # torch promotes uint16/uint32/uint64 only with themselves: a TypeError, not its RuntimeError
    Bad(div, (I.to(torch.uint32), I.to(torch.int8)), TypeError, r"div\(\): a \(torch.uint32\) and b \(torch.int8\) have dtypes torch does not promote together"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
