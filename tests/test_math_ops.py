import math

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.math import broadcast_shape, div, einsum, logsumexp, matmul, sinusoidal_encoding, xlogy

same = dict(rtol=0, atol=0, equal_nan=True)
shapes = st.lists(st.integers(0, 4), min_size=1, max_size=3)


def _special(x, g):
    """Sprinkle NaN and +-inf into a float tensor."""
    if x.numel():
        pick = torch.rand(x.shape, generator=g)
        x = torch.where(pick < 0.1, torch.tensor(float("nan")), x)
        x = torch.where((pick > 0.9) & (pick < 0.95), torch.tensor(float("inf")), x)
        x = torch.where(pick >= 0.95, torch.tensor(float("-inf")), x)
    return x


@given(shape=shapes, dim_seed=st.integers(0, 5), keepdim=st.booleans(), seed=st.integers(0, 2**16),
       scale=st.sampled_from([1.0, 100.0, 1000.0]), special=st.booleans())
def test_logsumexp_equals_torch(shape, dim_seed, keepdim, seed, scale, special):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(shape, generator=g) * scale
    if special:
        x = _special(x, g)
    dim = dim_seed % (2 * len(shape)) - len(shape)
    torch.testing.assert_close(logsumexp(x, dim, keepdim), torch.logsumexp(x, dim, keepdim), equal_nan=True)


@given(shape=shapes, seed=st.integers(0, 2**16))
def test_xlogy_equals_torch(shape, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.where(torch.rand(shape, generator=g) < 0.3, torch.zeros(()), torch.randn(shape, generator=g))
    y = _special(torch.where(torch.rand(shape, generator=g) < 0.3, torch.zeros(()), torch.rand(shape, generator=g)), g)
    torch.testing.assert_close(xlogy(x, y), torch.xlogy(x, y), equal_nan=True)


@given(seq_len=st.integers(0, 20), half=st.integers(1, 8))
def test_sinusoidal_encoding_formula(seq_len, half):
    dim = 2 * half
    pe = sinusoidal_encoding(seq_len, dim)
    for pos in range(seq_len):
        for i in range(half):
            angle = pos / 10000 ** (2 * i / dim)
            assert pe[pos, 2 * i].item() == pytest.approx(math.sin(angle), abs=1e-6)
            assert pe[pos, 2 * i + 1].item() == pytest.approx(math.cos(angle), abs=1e-6)


@given(a=st.lists(st.integers(0, 4), max_size=4), b=st.lists(st.integers(0, 4), max_size=4),
       ones=st.lists(st.booleans(), min_size=4, max_size=4))
def test_broadcast_shape_equals_torch(a, b, ones):
    a = [1 if o else n for n, o in zip(a, ones)]
    try:
        expected = tuple(torch.broadcast_shapes(tuple(a), tuple(b)))
    except RuntimeError:
        with pytest.raises(ValueError, match="do not broadcast"):
            broadcast_shape(tuple(a), tuple(b))
        return
    assert broadcast_shape(tuple(a), tuple(b)) == expected


@given(shape=shapes, seed=st.integers(0, 2**16), mode=st.sampled_from([None, "trunc", "floor"]),
       dtype=st.sampled_from([torch.float32, torch.float64]))
def test_float_div_equals_torch(shape, seed, mode, dtype):
    g = torch.Generator().manual_seed(seed)
    a = _special(torch.randn(shape, generator=g, dtype=dtype) * 10, g)
    b = torch.randn(shape, generator=g, dtype=dtype) * 3
    b = torch.where(torch.rand(shape, generator=g) < 0.1, torch.zeros((), dtype=dtype), b)
    torch.testing.assert_close(div(a, b, rounding_mode=mode), torch.div(a, b, rounding_mode=mode), **same)


@given(shape=shapes, seed=st.integers(0, 2**16), mode=st.sampled_from([None, "trunc", "floor"]))
def test_int_div_equals_torch(shape, seed, mode):
    g = torch.Generator().manual_seed(seed)
    a = torch.randint(-20, 21, shape, generator=g)
    b = torch.randint(1, 7, shape, generator=g) * (torch.randint(0, 2, shape, generator=g) * 2 - 1)
    got, expected = div(a, b, rounding_mode=mode), torch.div(a, b, rounding_mode=mode)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)


def test_floor_div_is_not_floor_of_true_division():
    # 0.1 is stored slightly above 1/10, so 1 / 0.1 is just below 10 but rounds to 10.0;
    # floor division works on the exact values, like Python's 1.0 // 0.1 == 9.0
    a, b = torch.tensor([1.0]), torch.tensor([0.1])
    assert torch.floor(a / b).item() == 10.0 and torch.div(a, b, rounding_mode="floor").item() == 9.0
    assert div(a, b, rounding_mode="floor").item() == 9.0 == 1.0 // 0.1


@given(ranks=st.tuples(st.integers(1, 4), st.integers(1, 4)), sizes=st.lists(st.integers(1, 3), min_size=6, max_size=6),
       ones=st.lists(st.booleans(), min_size=4, max_size=4), seed=st.integers(0, 2**16))
def test_matmul_equals_torch(ranks, sizes, ones, seed):
    g = torch.Generator().manual_seed(seed)
    n, k, m = sizes[:3]
    batch_a = [1 if o else s for s, o in zip(sizes[3:], ones)][: max(ranks[0] - 2, 0)]
    batch_b = [1 if not o else s for s, o in zip(sizes[3:], ones)][: max(ranks[1] - 2, 0)]
    a_shape = (k,) if ranks[0] == 1 else (*batch_a, n, k)
    b_shape = (k,) if ranks[1] == 1 else (*batch_b, k, m)
    a = torch.randint(-5, 6, a_shape, generator=g)
    b = torch.randint(-5, 6, b_shape, generator=g)
    assert torch.equal(matmul(a, b), torch.matmul(a, b))  # integers: exact
    af, bf = a.double() / 3, b.double() / 7
    torch.testing.assert_close(matmul(af, bf), torch.matmul(af, bf))


EQUATIONS = [
    ("ij->ji", [(2, 3)]), ("ii->i", [(3, 3)]), ("ii", [(3, 3)]), ("ij->", [(2, 3)]),
    ("ij,jk->ik", [(2, 3), (3, 4)]), ("ij,jk", [(2, 3), (3, 4)]), ("bij,bjk->bik", [(2, 2, 3), (2, 3, 2)]),
    ("i,j->ij", [(3,), (4,)]), ("i,i->", [(4,), (4,)]), ("bhqd,bhkd->bhqk", [(1, 2, 3, 4), (1, 2, 5, 4)]),
    ("ijk,k->ij", [(2, 3, 4), (4,)]), ("ij,ij->i", [(3, 2), (3, 2)]),
]


@pytest.mark.parametrize(("equation", "shapes_"), EQUATIONS)
@given(seed=st.integers(0, 2**16))
def test_einsum_equals_torch(equation, shapes_, seed):
    g = torch.Generator().manual_seed(seed)
    ops = [torch.randint(-4, 5, s, generator=g).double() for s in shapes_]
    torch.testing.assert_close(einsum(equation, *ops), torch.einsum(equation, *ops))


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: logsumexp(torch.tensor([1, 2]), 0), TypeError, r"logsumexp\(\): x must be a floating-point tensor, got torch.int64"),
        (lambda: logsumexp(torch.ones(2), 1), ValueError, r"dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: xlogy(torch.ones(2), [1.0]), TypeError, r"xlogy\(\): y must be a torch.Tensor, got list"),
        (lambda: sinusoidal_encoding(4, 5), ValueError, r"dim must be even \(sin/cos pairs\), got 5"),
        (lambda: sinusoidal_encoding(-1, 4), ValueError, r"seq_len must be >= 0, got -1"),
        (lambda: sinusoidal_encoding(4, 4, base=1.0), ValueError, r"base must be > 1, got 1.0"),
        (lambda: broadcast_shape((2, -1)), TypeError, r"shapes\[0\] must be a tuple of sizes"),
        (lambda: div(torch.ones(2), torch.ones(2), rounding_mode="round"), ValueError, r"rounding_mode must be None, 'trunc' or 'floor', got 'round'"),
        (lambda: div(torch.tensor([1]), torch.tensor([0]), rounding_mode="floor"), ValueError, r"integer division by zero"),
        (lambda: div(1, torch.ones(1)), TypeError, r"div\(\): a must be a torch.Tensor, got int"),
        (lambda: matmul(torch.tensor(1.0), torch.ones(2)), ValueError, r"both arguments need at least 1 dimension, got 0-d and 1-d"),
        (lambda: matmul(torch.ones(2, 3), torch.ones(2, 3)), ValueError, r"inner sizes differ: a is \(2, 3\), b is \(2, 3\) \(3 != 2\)"),
        (lambda: matmul(torch.ones(2, 2, 3), torch.ones(3, 3, 1)), ValueError, r"do not broadcast"),
        (lambda: matmul(torch.ones(2), torch.ones(2, dtype=torch.long)), TypeError, r"same dtype, got torch.float32 and torch.int64"),
        (lambda: einsum("...ij->ij", torch.ones(2, 2)), ValueError, r"ellipsis '...' is not supported"),
        (lambda: einsum("ij,jk->ik", torch.ones(2, 2)), ValueError, r"has 2 operand subscripts, got 1 tensors"),
        (lambda: einsum("ij->ik", torch.ones(2, 2)), ValueError, r"output 'ik' must list distinct letters of the inputs"),
        (lambda: einsum("ij,jk->ik", torch.ones(2, 3), torch.ones(2, 2)), ValueError, r"letter 'j' has sizes 3 and 2"),
        (lambda: einsum("ijk->i", torch.ones(2, 2)), ValueError, r"operands\[0\] has 2 dimensions but subscripts 'ijk'"),
        (lambda: einsum(3, torch.ones(2)), TypeError, r"equation must be a str, got int"),
        (lambda: einsum("i1->i", torch.ones(2, 2)), ValueError, r"subscripts must be letters"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()


@pytest.mark.parametrize(("dtype", "largest", "vanishes_below"),
                         [(torch.float16, 11.08, -17.3), (torch.float32, 88.7, -103.9), (torch.float64, 709.78, -745.1)])
def test_exp_range_table_on_the_exp_page(dtype, largest, vanishes_below):
    exp = lambda v: torch.exp(torch.tensor(v, dtype=dtype)).item()  # noqa: E731
    assert math.isfinite(exp(largest)) and exp(largest + 0.1) == math.inf
    assert exp(vanishes_below) > 0 and exp(vanishes_below - 0.1) == 0
