"""The shape references equal torch (and einops) bit for bit, on every dtype they accept.

Bad arguments are in ``tests/test_shape_bad_calls.py``.
"""

import numpy as np
import einops
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.shape import (
    cat,
    chunk_sizes,
    pad,
    rearrange,
    split_sizes,
    squeeze,
    stack,
)

# dtypes that take part in type promotion, so they can be mixed in one cat/stack
PROMOTABLE = [
    torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64,
    torch.complex128, torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool,
]
# dtypes torch copies but never promotes: mixing one with another dtype is an error
UNPROMOTED = [torch.uint16, torch.uint32, torch.uint64, torch.float8_e4m3fn, torch.float8_e5m2]
ALL_DTYPES = PROMOTABLE + UNPROMOTED


def _rand(shape, dtype, g, special=False):
    x = torch.randn(shape, generator=g) * 3
    if dtype in (torch.uint16, torch.uint32, torch.uint64):
        x = x.abs()  # a negative float converted to an unsigned type is undefined in C++
    x = x.to(dtype)
    if special and (dtype.is_floating_point or dtype.is_complex) and x.numel():
        # NaN and inf must be copied bit for bit, not compared away
        x.view(-1)[0] = float("nan")
        x.view(-1)[-1] = float("inf")
    return x


def _bits(t: torch.Tensor) -> torch.Tensor:
    t = t.detach().resolve_conj().resolve_neg().contiguous().reshape(-1)
    if t.is_complex():
        t = torch.view_as_real(t).reshape(-1)
    return t.view(torch.uint8)


def assert_same(got: torch.Tensor, expected: torch.Tensor) -> None:
    """Same shape, dtype, device and bytes (so NaN payloads and -0.0 count too)."""
    assert (got.shape, got.dtype, got.device) == (expected.shape, expected.dtype, expected.device)
    if got.device.type != "meta":
        assert torch.equal(_bits(got), _bits(expected))


# cat / stack


@given(
    base=st.lists(st.integers(0, 3), min_size=1, max_size=3), n=st.integers(1, 4),
    dim_seed=st.integers(0, 5), seed=st.integers(0, 2**16),
    dtypes=st.lists(st.sampled_from(ALL_DTYPES), min_size=5, max_size=5),
    empty_at=st.none() | st.integers(0, 4), special=st.booleans(),
)
def test_cat_equals_torch(base, n, dim_seed, seed, dtypes, empty_at, special):
    g = torch.Generator().manual_seed(seed)
    ndim = len(base)
    dim = dim_seed % (2 * ndim) - ndim
    tensors = []
    for i in range(n):
        shape = list(base)
        shape[dim] = int(torch.randint(0, 3, (), generator=g))
        tensors.append(_rand(shape, dtypes[i], g, special))
    if empty_at is not None:  # the legacy (0,)-shaped empty that torch skips
        tensors.insert(min(empty_at, n), torch.empty(0, dtype=dtypes[-1]))
    try:
        expected = torch.cat(tensors, dim)
    except RuntimeError as error:  # a dtype torch does not promote with the others
        assert "Promotion for" in str(error)
        with pytest.raises(TypeError, match=r"cat\(\): tensors\[\d\] has dtype .* which torch does not promote"):
            cat(tensors, dim)
        return
    assert_same(cat(tensors, dim), expected)


@given(shapes=st.lists(st.lists(st.integers(0, 2), min_size=1, max_size=2), min_size=2, max_size=3),
       dim=st.integers(-3, 2))
def test_cat_rejects_exactly_what_torch_rejects(shapes, dim):
    tensors = [torch.zeros(s) for s in shapes]
    try:
        expected = torch.cat(tensors, dim)
    except (RuntimeError, IndexError):
        with pytest.raises(ValueError, match=r"cat\(\): "):
            cat(tensors, dim)
        return
    assert_same(cat(tensors, dim), expected)


@pytest.mark.parametrize("dim", [0, -1, 5, -100])
def test_cat_of_legacy_empties_only_takes_any_dim(dim):
    tensors = [torch.empty(0), torch.empty(0, dtype=torch.float64)]
    assert_same(cat(tensors, dim), torch.cat(tensors, dim))


@given(shape=st.lists(st.integers(0, 3), min_size=0, max_size=3), n=st.integers(1, 3),
       dim_seed=st.integers(0, 7), seed=st.integers(0, 2**16),
       dtypes=st.lists(st.sampled_from(ALL_DTYPES), min_size=3, max_size=3), mixed=st.booleans())
def test_stack_equals_torch(shape, n, dim_seed, seed, dtypes, mixed):
    g = torch.Generator().manual_seed(seed)
    tensors = [_rand(shape, dtypes[i] if mixed else dtypes[0], g, special=True) for i in range(n)]
    dim = dim_seed % (2 * (len(shape) + 1)) - (len(shape) + 1)
    try:
        expected = torch.stack(tensors, dim)
    except RuntimeError as error:
        assert "Promotion for" in str(error)
        with pytest.raises(TypeError, match=r"stack\(\): tensors\[\d\] has dtype"):
            stack(tensors, dim)
        return
    assert_same(stack(tensors, dim), expected)


def test_cat_and_stack_keep_the_autograd_graph():
    a = torch.ones(2, requires_grad=True)
    b = torch.ones(3, requires_grad=True)
    (cat([a, b]) * torch.arange(5.0)).sum().backward()
    assert a.grad.tolist() == [0.0, 1.0] and b.grad.tolist() == [2.0, 3.0, 4.0]
    stack([a, a]).sum().backward()
    assert a.grad.tolist() == [2.0, 3.0]


# split / chunk


@given(length=st.integers(0, 20), other=st.integers(1, 3), dim=st.sampled_from([0, 1, -1, -2]),
       size=st.integers(0, 7))
def test_split_sizes_equal_torch(length, other, dim, size):
    shape = [other, other]
    shape[dim] = length
    x = torch.empty(shape)
    try:
        expected = [t.size(dim) for t in torch.split(x, size, dim)]
    except RuntimeError:  # a piece size of 0 for a non-empty dimension
        with pytest.raises(ValueError, match=r"may be 0 only for a dimension of length 0"):
            split_sizes(length, size)
        return
    assert split_sizes(length, size) == expected


@given(sections=st.lists(st.integers(0, 5), min_size=1, max_size=5), dim=st.sampled_from([0, -1]))
def test_split_sections_equal_torch(sections, dim):
    x = torch.empty(2, sum(sections)).movedim(1, dim)
    expected = [t.size(dim) for t in torch.split(x, sections, dim)]
    assert split_sizes(sum(sections), sections) == expected
    assert split_sizes(sum(sections), tuple(sections)) == expected


@given(length=st.integers(0, 20), chunks=st.integers(1, 8), dim=st.sampled_from([0, 1, -1]))
def test_chunk_sizes_equal_torch(length, chunks, dim):
    x = torch.empty(3, length).movedim(1, dim % 2)
    assert chunk_sizes(length, chunks) == [t.size(dim) for t in torch.chunk(x, chunks, dim)]


@given(length=st.integers(1, 20), chunks=st.integers(1, 8))
def test_tensor_split_always_gives_exactly_n(length, chunks):
    # the claim the chunk page makes about the alternative
    assert len(torch.tensor_split(torch.empty(length), chunks)) == chunks
    assert len(chunk_sizes(length, chunks)) <= chunks


def test_chunk_can_return_fewer_pieces_but_tensor_split_cannot():
    assert len(torch.chunk(torch.arange(6), 4)) == 3 == len(chunk_sizes(6, 4))
    assert len(torch.tensor_split(torch.arange(6), 4)) == 4


# squeeze


@given(shape=st.lists(st.integers(0, 3), min_size=0, max_size=4),
       dims=st.lists(st.integers(-4, 3), max_size=3), kind=st.sampled_from(["none", "int", "tuple", "list"]),
       seed=st.integers(0, 2**16), transpose=st.booleans(), dtype=st.sampled_from(ALL_DTYPES))
def test_squeeze_equals_torch(shape, dims, kind, seed, transpose, dtype):
    x = _rand(shape, dtype, torch.Generator().manual_seed(seed))
    if transpose and x.dim() >= 2:
        x = x.transpose(0, -1)  # non-contiguous input: the result must still be a view
    ndim = max(x.dim(), 1)
    dims = [d for d in dims if -ndim <= d < ndim]
    if kind == "none":
        args = ()
    elif kind == "int":
        if not dims:
            return
        args = (dims[0],)
    else:
        args = (tuple(dims) if kind == "tuple" else list(dims),)
    try:
        expected = torch.squeeze(x, *args)
    except RuntimeError:  # a dim listed twice
        with pytest.raises(ValueError, match=r"squeeze\(\): dim .* lists dimension \d twice"):
            squeeze(x, *args)
        return
    got = squeeze(x, *args)
    assert_same(got, expected)
    if x.numel():  # an empty tensor's strides carry no meaning
        assert got.stride() == expected.stride() and got.data_ptr() == x.data_ptr()


def test_squeeze_keeps_offsets_zero_strides_conj_and_the_graph():
    sliced = torch.arange(12.0).reshape(3, 4)[1:, ::2].unsqueeze(1)  # offset 4, strides (4, 2)
    expanded = torch.arange(3.0).reshape(1, 3, 1).expand(2, 3, 1)  # a zero stride
    conj = torch.randn(1, 2, dtype=torch.complex64, generator=torch.Generator().manual_seed(0)).conj()
    for x in (sliced, expanded, conj):
        got, expected = squeeze(x), torch.squeeze(x)
        assert_same(got, expected)
        assert (got.stride(), got.storage_offset(), got.is_conj()) == (
            expected.stride(), expected.storage_offset(), expected.is_conj())
    leaf = torch.ones(1, 3, requires_grad=True)
    (squeeze(leaf) * torch.arange(3.0)).sum().backward()
    assert leaf.grad.tolist() == [[0.0, 1.0, 2.0]]


# rearrange

PATTERNS = [
    ("b c h w -> b h w c", {}, lambda b, c, h, w: (b, c, h, w)),
    ("b c h w -> b (c h w)", {}, lambda b, c, h, w: (b, c, h, w)),
    ("b (h w) c -> b c h w", {"h": 2}, lambda b, c, h, w: (b, 2 * w, c)),
    ("b (h w) c -> b c h w", {"w": 3}, lambda b, c, h, w: (b, h * 3, c)),
    ("b c (h p1) (w p2) -> b (h w) (p1 p2 c)", {"p1": 2, "p2": 2},
     lambda b, c, h, w: (b, c, 2 * h, 2 * w)),
    ("(b1 b2) c h w -> b1 c (b2 h) w", {"b1": 2}, lambda b, c, h, w: (2 * b, c, h, w)),
    ("b c h w -> (w b) h c", {}, lambda b, c, h, w: (b, c, h, w)),
]


@pytest.mark.parametrize(("pattern", "lengths", "shape"), PATTERNS, ids=[p[0] for p in PATTERNS])
@given(sizes=st.lists(st.integers(0, 3), min_size=4, max_size=4), seed=st.integers(0, 2**16),
       transpose=st.booleans(), dtype=st.sampled_from(ALL_DTYPES))
def test_rearrange_equals_einops(pattern, lengths, shape, sizes, seed, transpose, dtype):
    dims = shape(*sizes)
    x = _rand(dims, dtype, torch.Generator().manual_seed(seed), special=True)
    if transpose:  # a non-contiguous input exercises reshape's copy path
        x = x.transpose(0, -1).contiguous().transpose(0, -1)
    assert_same(rearrange(x, pattern, **lengths), einops.rearrange(x, pattern, **lengths))


# pad


@given(shape=st.lists(st.integers(0, 3), min_size=1, max_size=3),
       amounts=st.lists(st.integers(-2, 3), max_size=6), seed=st.integers(0, 2**16),
       dtype=st.sampled_from(ALL_DTYPES),
       value=st.sampled_from([None, 0.0, 7.0, -1.0, 0.5, -1.5, 300, 70000, 1e6, 2**62 + 1,
                              True, float("nan"), float("-inf")]))
def test_pad_equals_torch(shape, amounts, seed, dtype, value):
    amounts = amounts[: min(len(amounts) // 2 * 2, 2 * len(shape))]
    x = _rand(shape, dtype, torch.Generator().manual_seed(seed), special=True)
    try:
        expected = F.pad(x, amounts, value=value)
    except RuntimeError as error:
        message = str(error)
        match = "does not fit dtype" if "without overflow" in message else "may remove at most"
        with pytest.raises(ValueError, match=match):
            pad(x, tuple(amounts), value=value)
        return
    assert_same(pad(x, tuple(amounts), value=value), expected)


def test_pad_keeps_the_autograd_graph():
    x = torch.ones(2, requires_grad=True)
    (pad(x, (1, -1)) * torch.tensor([5.0, 7.0])).sum().backward()
    assert x.grad.tolist() == [7.0, 0.0]


# integer-likes torch accepts, and the device of the result

INT_LIKES = [np.int64(1), np.int8(1), torch.tensor(1), torch.tensor(1, dtype=torch.uint8)]


@pytest.mark.parametrize("one", INT_LIKES, ids=repr)
def test_integer_likes_are_read_as_torch_reads_them(one):
    x = torch.arange(6.0).reshape(2, 3)
    assert_same(cat([x, x], dim=one), torch.cat([x, x], dim=one))
    assert_same(stack([x, x], dim=one), torch.stack([x, x], dim=one))
    assert_same(squeeze(x[:1], dim=one - 1), torch.squeeze(x[:1], dim=one - 1))
    assert_same(squeeze(x[:1], dim=(one - 1,)), torch.squeeze(x[:1], dim=(one - 1,)))
    assert_same(pad(x, (one, 0)), F.pad(x, (one, 0)))
    assert chunk_sizes(3, one + 1) == [t.size(0) for t in torch.chunk(torch.empty(3), one + 1)]
    assert split_sizes(3, [one, 2]) == [t.size(0) for t in torch.split(torch.empty(3), [one, 2])]
    assert rearrange(x, "a (b c) -> a b c", b=one * 3).shape == (2, 3, 1)


def test_split_sizes_reads_numpy_ints_that_torch_split_refuses():
    # torch.split refuses a NumPy int as the piece size (it accepts one inside a list)
    with pytest.raises(TypeError):
        torch.split(torch.empty(10), np.int64(4))
    assert split_sizes(np.int64(10), np.int64(4)) == [4, 4, 2]


def _meta_calls(device):
    x = torch.ones(2, 3, device=device)
    return [
        (cat([x, torch.empty(0, device=device), x], dim=1), torch.cat([x, x], dim=1)),
        (stack([x, x], dim=-1), torch.stack([x, x], dim=-1)),
        (squeeze(x[:1]), torch.squeeze(x[:1])),
        (rearrange(x, "a b -> b a"), x.t()),
        (pad(x, (1, 2, -1, 0), value=5), F.pad(x, (1, 2, -1, 0), value=5)),
    ]


def test_results_live_on_the_input_device():
    for got, expected in _meta_calls("meta"):
        assert_same(got, expected)


def test_meta_tensors_take_sizes_no_memory_could_hold():
    huge = torch.empty(2, device="meta")
    assert pad(huge, (2**40, 0)).shape == F.pad(huge, (2**40, 0)).shape == (2**40 + 2,)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_results_live_on_cuda_and_equal_torch_there():
    for got, expected in _meta_calls("cuda"):
        assert_same(got, expected)


@pytest.mark.parametrize("dtype", [torch.uint4, torch.int2, torch.uint1, torch.int7])
def test_cat_and_stack_join_sub_byte_dtypes_bit_for_bit(dtype):
    # torch has no copy kernel for them, yet torch.cat joins contiguous ones along dim 0
    x = torch.arange(6, dtype=torch.uint8).reshape(2, 3).view(dtype)
    y = torch.arange(6, 12, dtype=torch.uint8).reshape(2, 3).view(dtype)
    for ours, theirs in ((cat([x, y]), torch.cat([x, y])), (stack([x, y]), torch.stack([x, y]))):
        assert ours.dtype == theirs.dtype == dtype
        assert torch.equal(ours.view(torch.uint8), theirs.view(torch.uint8))


@pytest.mark.parametrize("amount", [torch.tensor([1]), torch.tensor([[1]]), torch.tensor(1), np.int64(1)])
def test_pad_reads_one_element_integer_tensors_as_f_pad_does(amount):
    x = torch.arange(6.0).reshape(2, 3)
    assert torch.equal(pad(x, (amount, 1)), F.pad(x, (amount, 1)))
