"""matmul and einsum: the references equal torch, and refuse what they do not follow."""

import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given, settings
from hypothesis import strategies as st

from torchnotes.math import einsum, linalg, matmul

EXACT = {"rtol": 0, "atol": 0, "equal_nan": True}
HALF = [torch.float16, torch.bfloat16]
NARROW = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.bool]
seeds = st.integers(0, 2**16)


# --- matmul ----------------------------------------------------------------------------

@st.composite
def matmul_shapes(draw):
    ranks = draw(st.tuples(st.integers(1, 4), st.integers(1, 4)))
    n, k, m = (draw(st.integers(0, 3)) for _ in range(3))
    batch = [draw(st.integers(1, 3)) for _ in range(3)]
    ones = [draw(st.booleans()) for _ in range(3)]
    # batch dims align from the right: take the last ones, each a size or a 1 on one side
    batch_a = [1 if o else s for s, o in zip(batch, ones)][3 - max(ranks[0] - 2, 0):]
    batch_b = [1 if not o else s for s, o in zip(batch, ones)][3 - max(ranks[1] - 2, 0):]
    a_shape = (k,) if ranks[0] == 1 else (*batch_a, n, k)
    b_shape = (k,) if ranks[1] == 1 else (*batch_b, k, m)
    return a_shape, b_shape


@given(shapes=matmul_shapes(), seed=seeds,
       dtype=st.sampled_from([torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]))
def test_integer_matmul_equals_torch_exactly(shapes, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    # values large enough that int8 and uint8 products wrap around, as torch's do
    a = torch.randint(-100, 100, shapes[0], generator=g).to(dtype)
    b = torch.randint(-100, 100, shapes[1], generator=g).to(dtype)
    got, expected = matmul(a, b), torch.matmul(a, b)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **EXACT)


@given(shapes=matmul_shapes(), seed=seeds,
       dtype=st.sampled_from([torch.float32, torch.float64, torch.complex64, *HALF]))
def test_floating_matmul_equals_torch_within_rounding(shapes, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    a = torch.randn(shapes[0], generator=g, dtype=torch.float64).to(dtype)
    b = torch.randn(shapes[1], generator=g, dtype=torch.float64).to(dtype)
    got, expected = matmul(a, b), torch.matmul(a, b)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    # BLAS sums the k products in another order (and may use FMA): round-off differs, so
    # compare within assert_close's default tolerance for the dtype; half precision is
    # summed in float32 by both and rounded once
    torch.testing.assert_close(got, expected)


@pytest.mark.parametrize("dtype", HALF)
def test_half_precision_products_are_summed_in_float32(dtype):
    a, b = torch.ones(1, 3000, dtype=dtype), torch.ones(3000, 1, dtype=dtype)
    # a float16 running sum would stop at 2048, where adding 1 no longer changes it
    assert torch.equal(matmul(a, b), torch.matmul(a, b))
    assert matmul(a, b).item() == torch.tensor(3000.0).to(dtype).item()
    g = torch.Generator().manual_seed(0)
    a, b = torch.randn(30, 200, generator=g).to(dtype), torch.randn(200, 20, generator=g).to(dtype)
    assert torch.equal(matmul(a, b), a @ b)  # and on these data, bit for bit


@pytest.mark.parametrize("budget", [1, 7, 64])
@pytest.mark.parametrize("dtype", [torch.int8, torch.int64, torch.float16, torch.float64])
def test_products_summed_in_slices_give_the_same_results(monkeypatch, budget, dtype):
    # large products are summed a slice at a time to bound memory; small budgets force that
    # path here, where integers (wrapping included) must still match torch exactly
    monkeypatch.setattr(linalg, "_SLICE_ELEMENTS", budget)
    g = torch.Generator().manual_seed(budget)
    x = torch.randint(-100, 100, (3, 5, 9), generator=g).to(dtype)
    y = torch.randint(-100, 100, (1, 9, 4), generator=g).to(dtype)
    v = torch.randint(-100, 100, (9,), generator=g).to(dtype)
    if dtype == torch.float16:  # small whole numbers: exact in float32 sums
        x, y, v = x / 64, y / 64, v / 64
    for got, expected in ((matmul(x, y), torch.matmul(x, y)), (matmul(v, v), torch.matmul(v, v)),
                          (matmul(x, v), torch.matmul(x, v)), (matmul(v, y), torch.matmul(v, y)),
                          (einsum("bij,bjk->bik", x, y), torch.einsum("bij,bjk->bik", x, y)),
                          (einsum("bij,j->bi", x, v), torch.einsum("bij,j->bi", x, v))):
        assert got.dtype == expected.dtype
        torch.testing.assert_close(got, expected, **EXACT)


def test_matmul_follows_the_input_device():
    a, b = torch.empty(5, 1, 2, 3, device="meta"), torch.empty(4, 3, 6, device="meta")
    got, expected = matmul(a, b), torch.matmul(a, b)
    assert got.device == expected.device and got.shape == expected.shape and got.dtype == expected.dtype


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


# --- einsum ----------------------------------------------------------------------------

EQUATIONS = [
    "ij->ji", "ii->i", "ii", "ij->", "ij", "ba", "i->", "ij->i", "iij->j", "",
    "ij,jk->ik", "ij,jk", "bij,bjk->bik", "i,j->ij", "i,i->", "i,i", "bhqd,bhkd->bhqk",
    "ijk,k->ij", "ij,ij->i", "Ab,bC->CA", "ij,kl", "ij,k->ik", "ij,jk->k", "i,jk->i",
    "ij,jk,kl->il", "i,i,i->", "i,j,k->", "ij,jk,ki->",
]


def _operands(equation, data, g, dtype):
    inputs = equation.split("->")[0].split(",")
    sizes = {c: data.draw(st.integers(0, 4), label=c) for c in sorted(set("".join(inputs)))}
    ops = []
    for subs in inputs:
        # a letter shared between operands may be 1 in one of them: einsum broadcasts it
        shape = [1 if subs.count(c) == 1 and data.draw(st.integers(0, 4)) == 0 else sizes[c] for c in subs]
        # small values keep float64 exact; large ones make int8 products wrap around
        low, high = (-4, 5) if dtype.is_floating_point else (-100, 100)
        ops.append(torch.randint(low, high, shape, generator=g).to(dtype))
    return ops


@pytest.mark.parametrize("equation", EQUATIONS)
@settings(max_examples=12)
@given(data=st.data(), seed=seeds, dtype=st.sampled_from([torch.float64, torch.int64, *NARROW]))
def test_einsum_equals_torch_exactly(equation, data, seed, dtype):
    ops = _operands(equation, data, torch.Generator().manual_seed(seed), dtype)
    try:
        expected = torch.einsum(equation, *ops)
    except (RuntimeError, NotImplementedError):
        # torch's batched product refuses bool, and int64 met with a narrower dtype
        with pytest.raises(TypeError, match=r"einsum\(\)"):
            einsum(equation, *ops)
        return
    if len(ops) > 2 and dtype in NARROW:  # the order decides: refused, see the bad calls
        with pytest.raises(TypeError, match="three or more operands"):
            einsum(equation, *ops)
        return
    got = einsum(equation, *ops)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **EXACT)  # small integers in float64: exact


@pytest.mark.parametrize("equation", ["ij,jk->ik", "i,i->", "bij,bjk->bik", "ij->", "ij,ij->i"])
@pytest.mark.parametrize("dtype", [*HALF, torch.float32, torch.complex64])
def test_floating_einsum_equals_torch_within_rounding(equation, dtype):
    g = torch.Generator().manual_seed(0)
    inputs = equation.split("->")[0].split(",")
    size = {"b": 3, "i": 20, "j": 300, "k": 7}
    ops = [torch.randn([size[c] for c in subs], generator=g, dtype=torch.float64).to(dtype) for subs in inputs]
    got, expected = einsum(equation, *ops), torch.einsum(equation, *ops)
    assert got.dtype == expected.dtype
    # 300 products summed in another order than torch's batched kernel: a few ulps of the
    # dtype apart (half precision is summed in float32 by both and rounded once)
    eps = torch.finfo(got.dtype).eps
    torch.testing.assert_close(got, expected, rtol=max(8 * eps, 1e-3 if dtype in HALF else 0), atol=1e-4)


def test_einsum_integer_dtypes_follow_torch():
    big = torch.full((3,), 100, dtype=torch.int8)
    assert torch.equal(einsum("i->", big), torch.einsum("i->", big))  # a sum: int64, 300
    assert einsum("i->", big).dtype == torch.int64 and einsum("i->", big).item() == 300
    one = torch.ones(3, dtype=torch.int8)
    assert einsum("i,i->", big, one).item() == torch.einsum("i,i->", big, one).item() == 44  # wraps
    assert einsum("ij->ji", torch.ones(2, 3, dtype=torch.bool)).dtype == torch.bool
    with pytest.raises(RuntimeError, match="expected scalar type Long but found Char"):
        torch.einsum("ij,jk->k", big.reshape(1, 3).expand(2, 3), one.reshape(3, 1))


def test_einsum_list_form_and_device():
    x = torch.arange(6.0).reshape(2, 3)
    assert torch.equal(einsum("ij->ji", [x]), torch.einsum("ij->ji", [x]))
    a, b = torch.empty(2, 3, device="meta"), torch.empty(3, 4, device="meta")
    got, expected = einsum("ij,jk->ik", a, b), torch.einsum("ij,jk->ik", a, b)
    assert got.device == expected.device and got.shape == expected.shape


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


def test_torch_counterparts_of_the_bad_calls():
    with pytest.raises(NotImplementedError, match="Bool"):
        torch.matmul(torch.ones(2, 2, dtype=torch.bool), torch.ones(2, 2, dtype=torch.bool))
    with pytest.raises(RuntimeError, match="expected"):
        torch.matmul(torch.ones(2, device="meta"), torch.ones(2))
    with pytest.raises(NotImplementedError, match="bmm"):
        torch.einsum("i,i->", torch.ones(2, dtype=torch.bool), torch.ones(2, dtype=torch.bool))


# --- bad calls -------------------------------------------------------------------------

M = torch.ones(2, 2)
BAD_CALLS = [
    Bad(matmul, (torch.tensor(1.0), torch.ones(2)), ValueError, r"matmul\(\): both arguments need at least 1 dimension, got 0-d and 1-d"),
    Bad(matmul, (torch.ones(2, 3), torch.ones(2, 3)), ValueError, r"inner sizes differ: a is \(2, 3\), b is \(2, 3\) \(3 != 2\)"),
    Bad(matmul, (torch.ones(2, 2, 3), torch.ones(3, 3, 1)), ValueError, r"matmul\(\): the batch dims of a \(2,\) and of b \(3,\) do not broadcast"),
    Bad(matmul, (torch.ones(2), torch.ones(2, dtype=torch.long)), TypeError, r"same dtype, got torch.float32 and torch.int64"),
    Bad(matmul, (torch.ones(2), "b"), TypeError, r"matmul\(\): b must be a torch.Tensor, got str"),
    Bad(matmul, ([1.0], M), TypeError, r"matmul\(\): a must be a torch.Tensor, got list"),
    Bad(matmul, (M, M.to_sparse()), TypeError, r"matmul\(\): b must be a dense \(strided\) tensor, got a torch.sparse_coo tensor"),
    Bad(matmul, (M.bool(), M.bool()), TypeError, r"matmul\(\): torch has no matrix product for torch.bool"),
    Bad(matmul, (M.to(torch.uint16), M.to(torch.uint16)), TypeError, r"no matrix product for torch.uint16"),
    Bad(matmul, (torch.ones(2, device="meta"), torch.ones(2)), ValueError, r"matmul\(\): a and b must be on one device, got meta and cpu"),
    Bad(einsum, ("...ij->ij", M), ValueError, r"einsum\(\): ellipsis '...' is not supported"),
    Bad(einsum, ("ij,jk->ik", M), ValueError, r"has 2 operand subscripts, got 1 tensors"),
    Bad(einsum, ("ij->ik", M), ValueError, r"output 'ik' must list distinct letters of the inputs"),
    Bad(einsum, ("ij->ii", M), ValueError, r"output 'ii' must list distinct letters"),
    Bad(einsum, ("ij,jk->ik", torch.ones(2, 3), M), ValueError, r"letter 'j' has sizes 3 and 2, which do not broadcast"),
    Bad(einsum, ("ii->i", torch.ones(2, 3)), ValueError, r"operands\[0\] repeats letter 'i' over sizes 2 and 3"),
    Bad(einsum, ("ijk->i", M), ValueError, r"operands\[0\] has 2 dimensions but subscripts 'ijk'"),
    Bad(einsum, (3, torch.ones(2)), TypeError, r"einsum\(\): equation must be a str, got int"),
    Bad(einsum, ("i1->i", M), ValueError, r"subscripts must be letters a-z or A-Z, got 'i1->i'"),
    Bad(einsum, ("éi", M), ValueError, r"subscripts must be letters a-z or A-Z"),
    Bad(einsum, ("",), ValueError, r"einsum\(\): at least one operand is needed, got none"),
    Bad(einsum, ("i,i", torch.ones(2), torch.ones(2, dtype=torch.float64)), TypeError, r"operands must share one dtype, got torch.float32, torch.float64"),
    Bad(einsum, ("i", [1.0]), TypeError, r"einsum\(\): operands\[0\] must be a torch.Tensor, got float"),
    Bad(einsum, ("i", "x"), TypeError, r"einsum\(\): operands\[0\] must be a torch.Tensor, got str"),
    Bad(einsum, ("ij,jk", M, M.to_sparse()), TypeError, r"einsum\(\): operands\[1\] must be a dense \(strided\) tensor"),
    Bad(einsum, ("i,i,i->", *[torch.ones(2, dtype=torch.int8)] * 3), TypeError, r"three or more operands must be floating point, complex or int64, got torch.int8"),
    Bad(einsum, ("i,i->", torch.ones(2, dtype=torch.bool), torch.ones(2, dtype=torch.bool)), TypeError, r"cannot multiply-and-sum operands of torch.bool"),
    Bad(einsum, ("ij,jk->k", torch.ones(2, 3, dtype=torch.int8), torch.ones(3, 2, dtype=torch.int8)), TypeError, r"batched product would meet torch.int64 and torch.int8"),
    Bad(einsum, ("i,i->", torch.ones(2, device="meta"), torch.ones(2)), ValueError, r"operands\[0\] and operands\[1\] must be on one device, got meta and cpu"),
    # dtypes torch has no (or few) kernels for are refused up front, not failed on inside
    Bad(matmul, (M.to(torch.float8_e4m3fn), M.to(torch.float8_e4m3fn)), TypeError, r"matmul\(\): a of dtype torch.float8_e4m3fn is not supported \(torch has few or no kernels for it\)"),
    Bad(einsum, ("ij,jk", M, M.to(torch.float8_e5m2)), TypeError, r"einsum\(\): operands\[1\] of dtype torch.float8_e5m2 is not supported"),
    Bad(einsum, ("ij->", torch.zeros(2, 2, dtype=torch.uint8).view(torch.bits8)), TypeError, r"einsum\(\): operands\[0\] of dtype torch.bits8 is not supported"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
