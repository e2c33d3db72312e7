import math

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

DTYPES = [torch.float32, torch.float64, torch.int64, torch.int32, torch.uint8, torch.bool]
same = {"rtol": 0, "atol": 0, "equal_nan": True}


def _rand(shape, dtype, g, special=False):
    x = (torch.randn(shape, generator=g) * 3).to(dtype)
    if special and dtype.is_floating_point and x.numel():
        # NaN and inf must be copied bit for bit, not compared away
        x.view(-1)[0] = float("nan")
        x.view(-1)[-1] = float("inf")
    return x


@given(
    base=st.lists(st.integers(0, 3), min_size=1, max_size=3), n=st.integers(1, 4),
    dim_seed=st.integers(0, 5), seed=st.integers(0, 2**16),
    dtypes=st.lists(st.sampled_from(DTYPES), min_size=4, max_size=4),
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
    expected = torch.cat(tensors, dim)
    got = cat(tensors, dim)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)


@given(shapes=st.lists(st.lists(st.integers(0, 2), min_size=1, max_size=2), min_size=2, max_size=3),
       dim=st.integers(-2, 1))
def test_cat_rejects_exactly_what_torch_rejects(shapes, dim):
    tensors = [torch.zeros(s) for s in shapes]
    try:
        expected = torch.cat(tensors, dim)
    except (RuntimeError, IndexError):
        with pytest.raises(ValueError, match=r"cat\(\): "):
            cat(tensors, dim)
        return
    assert torch.equal(cat(tensors, dim), expected)


@given(shape=st.lists(st.integers(0, 3), min_size=0, max_size=3), n=st.integers(1, 3),
       dim_seed=st.integers(0, 7), seed=st.integers(0, 2**16), dtype=st.sampled_from(DTYPES))
def test_stack_equals_torch(shape, n, dim_seed, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    tensors = [_rand(shape, dtype, g) for _ in range(n)]
    dim = dim_seed % (2 * (len(shape) + 1)) - (len(shape) + 1)
    expected = torch.stack(tensors, dim)
    got = stack(tensors, dim)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)


@given(length=st.integers(0, 20), other=st.integers(1, 3), dim=st.sampled_from([0, 1, -1, -2]),
       size=st.integers(1, 7))
def test_split_sizes_equal_torch(length, other, dim, size):
    shape = [other, other]
    shape[dim] = length
    x = torch.empty(shape)
    assert split_sizes(length, size) == [t.size(dim) for t in torch.split(x, size, dim)]


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


@given(shape=st.lists(st.integers(0, 3), min_size=0, max_size=4),
       dims=st.lists(st.integers(-4, 3), max_size=3), kind=st.sampled_from(["none", "int", "tuple", "list"]),
       seed=st.integers(0, 2**16), transpose=st.booleans())
def test_squeeze_equals_torch(shape, dims, kind, seed, transpose):
    x = _rand(shape, torch.float32, torch.Generator().manual_seed(seed))
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
    assert got.shape == expected.shape
    if x.numel():  # an empty tensor's strides carry no meaning
        assert got.stride() == expected.stride() and got.data_ptr() == x.data_ptr()
    torch.testing.assert_close(got, expected, **same)


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
       transpose=st.booleans())
def test_rearrange_equals_einops(pattern, lengths, shape, sizes, seed, transpose):
    dims = shape(*sizes)
    x = _rand(dims, torch.float32, torch.Generator().manual_seed(seed), special=True)
    if transpose:  # a non-contiguous input exercises reshape's copy path
        x = x.transpose(0, -1).contiguous().transpose(0, -1)
    expected = einops.rearrange(x, pattern, **lengths)
    got = rearrange(x, pattern, **lengths)
    assert got.shape == expected.shape
    torch.testing.assert_close(got, expected, **same)


@given(shape=st.lists(st.integers(0, 3), min_size=1, max_size=3),
       amounts=st.lists(st.integers(-2, 3), max_size=6), seed=st.integers(0, 2**16),
       dtype=st.sampled_from([torch.float32, torch.float64, torch.int64, torch.bool]),
       value=st.sampled_from([0.0, 7.0, -1.0, float("nan")]))
def test_pad_equals_torch(shape, amounts, seed, dtype, value):
    if not dtype.is_floating_point and math.isnan(value):
        value = 1.0  # NaN has no integer form; torch and pad() both reject it
    amounts = amounts[: min(len(amounts) // 2 * 2, 2 * len(shape))]
    x = _rand(shape, dtype, torch.Generator().manual_seed(seed))
    try:
        expected = F.pad(x, amounts, value=value)
    except RuntimeError:
        with pytest.raises(ValueError, match="negative pads may remove at most the whole dimension"):
            pad(x, amounts, value=value)
        return
    got = pad(x, tuple(amounts), value=value)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: cat(torch.ones(2)), TypeError, r"cat\(\): tensors must be a list or tuple of tensors, got Tensor"),
        (lambda: cat([]), ValueError, r"cat\(\): tensors must not be empty"),
        (lambda: cat([torch.ones(2), [1]]), TypeError, r"cat\(\): tensors\[1\] must be a torch.Tensor, got list"),
        (lambda: cat([torch.ones(2, 3), torch.ones(2, 4)]), ValueError, r"cat\(\): tensors\[1\] has size 4 in dimension 1, expected 3; only dim=0 may differ"),
        (lambda: cat([torch.ones(2, 3), torch.empty(0), torch.ones(5, 3), torch.ones(1, 2)]), ValueError, r"tensors\[3\] has size 2 in dimension 1, expected 3"),
        (lambda: cat([torch.ones(2, 3), torch.ones(3)]), ValueError, r"cat\(\): tensors\[1\] has 1 dimensions, expected 2"),
        (lambda: cat([torch.ones(1), torch.tensor(1.0)]), ValueError, r"cat\(\): tensors\[1\] is 0-d"),
        (lambda: cat([torch.ones(2)], dim=1), ValueError, r"cat\(\): dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: cat([torch.ones(2)], dim=0.0), TypeError, r"cat\(\): dim must be an int, got float"),
        (lambda: stack(torch.ones(2, 2)), TypeError, r"stack\(\): tensors must be a list or tuple"),
        (lambda: stack([torch.ones(2), torch.ones(3)]), ValueError, r"stack\(\): tensors\[1\] has shape \(3,\), expected \(2,\)"),
        (lambda: stack([torch.ones(2)], dim=2), ValueError, r"stack\(\): dim must be in \[-2, 1\] for a 2-d tensor, got 2"),
        (lambda: split_sizes(5, 0), ValueError, r"split_sizes\(\): split_size_or_sections must be >= 1, got 0"),
        (lambda: split_sizes(5, [2, 2]), ValueError, r"split_sizes\(\): sections \[2, 2\] sum to 4, expected the dimension's length 5"),
        (lambda: split_sizes(5, [6, -1]), ValueError, r"split_sizes\(\): split_size_or_sections\[1\] must be >= 0, got -1"),
        (lambda: split_sizes(5, 2.0), TypeError, r"split_sizes\(\): split_size_or_sections must be an int, got float"),
        (lambda: split_sizes(-1, 2), ValueError, r"split_sizes\(\): length must be >= 0, got -1"),
        (lambda: chunk_sizes(5, 0), ValueError, r"chunk_sizes\(\): chunks must be >= 1, got 0"),
        (lambda: chunk_sizes(5, True), TypeError, r"chunk_sizes\(\): chunks must be an int, got bool"),
        (lambda: squeeze(torch.ones(1, 2), 2), ValueError, r"squeeze\(\): dim must be in \[-2, 1\] for a 2-d tensor, got 2"),
        (lambda: squeeze(torch.ones(1, 2), (0, -2)), ValueError, r"squeeze\(\): dim \(0, -2\) lists dimension 0 twice"),
        (lambda: squeeze(torch.ones(1, 2), "0"), TypeError, r"squeeze\(\): dim must be an int, got str"),
        (lambda: squeeze([1], 0), TypeError, r"squeeze\(\): x must be a torch.Tensor, got list"),
        (lambda: rearrange(torch.ones(2, 3), "a ... -> a"), ValueError, r"rearrange\(\): unsupported token '...' in 'a ... -> a'"),
        (lambda: rearrange(torch.ones(2, 6), "a (b 2) -> a b"), ValueError, r"rearrange\(\): unsupported token '2' in 'a \(b 2\) -> a b'"),
        (lambda: rearrange(torch.ones(2, 3), "a b -> a b 1"), ValueError, r"rearrange\(\): unsupported token '1' in 'a b -> a b 1'"),
        (lambda: rearrange(torch.ones(2, 3), "a _ -> a _"), ValueError, r"rearrange\(\): unsupported token '_' in 'a _ -> a _'"),
        (lambda: rearrange(torch.ones(2, 3), "a b -> a () b"), ValueError, r"rearrange\(\): empty group '\(\)' is not supported in 'a b -> a \(\) b'"),
        (lambda: rearrange(torch.ones(2, 3), "a b -> (a (b))"), ValueError, r"rearrange\(\): nested parentheses are not supported in"),
        (lambda: rearrange(torch.ones(2, 3), "a b) -> a b"), ValueError, r"rearrange\(\): unbalanced '\)' in 'a b\) -> a b'"),
        (lambda: rearrange(torch.ones(2, 3), "a (b -> a b"), ValueError, r"rearrange\(\): unbalanced '\(' in"),
        (lambda: rearrange(torch.ones(2, 3), "a b -> a c"), ValueError, r"rearrange\(\): both sides of 'a b -> a c' must name the same axes once each"),
        (lambda: rearrange(torch.ones(2, 3), "a a -> a a"), ValueError, r"must name the same axes once each"),
        (lambda: rearrange(torch.ones(2, 3), "a b c -> a b c"), ValueError, r"rearrange\(\): 'a b c -> a b c' describes 3 dimensions, the tensor has 2"),
        (lambda: rearrange(torch.ones(2, 6), "a (b c) -> a b c"), ValueError, r"rearrange\(\): cannot infer \['b', 'c'\] in group \(b c\)"),
        (lambda: rearrange(torch.ones(2, 6), "a (b c) -> a b c", b=4), ValueError, r"rearrange\(\): group \(b c\) has size 6"),
        (lambda: rearrange(torch.ones(2, 6), "a b -> b a", b=5), ValueError, r"rearrange\(\): group \(b\) has size 6"),
        (lambda: rearrange(torch.ones(2, 6), "a b -> b a", z=1), ValueError, r"rearrange\(\): axis z=1 is not in 'a b -> b a'"),
        (lambda: rearrange(torch.ones(2, 6), "a (b c) -> a b c", b=0), ValueError, r"rearrange\(\): b must be >= 1, got 0"),
        (lambda: rearrange(torch.ones(2), 5), TypeError, r"rearrange\(\): pattern must be a str, got int"),
        (lambda: rearrange([1.0], "a -> a"), TypeError, r"rearrange\(\): tensor must be a torch.Tensor, got list"),
        (lambda: rearrange(torch.ones(2), "a b"), ValueError, r"rearrange\(\): pattern must contain one '->', got 'a b'"),
        (lambda: pad(torch.ones(2), (1,)), ValueError, r"pad\(\): pad must have an even length of at most 2 \* x.dim\(\) = 2, got 1"),
        (lambda: pad(torch.ones(2), (1, 1, 1, 1)), ValueError, r"pad\(\): pad must have an even length .* got 4"),
        (lambda: pad(torch.ones(2), (1.0, 1)), TypeError, r"pad\(\): pad must be a tuple of ints, got \(1.0, 1\)"),
        (lambda: pad(torch.ones(2), 1), TypeError, r"pad\(\): pad must be a tuple of ints, got 1"),
        (lambda: pad([1.0], (1, 1)), TypeError, r"pad\(\): x must be a torch.Tensor, got list"),
        (lambda: pad(torch.ones(2), (-2, -1)), ValueError, r"pad\(\): pad \(-2, -1\) crops 3 from dimension 0 of size 2"),
        (lambda: pad(torch.ones(2, dtype=torch.uint8), (1, 1), value=300), ValueError, r"pad\(\): value 300 does not fit dtype torch.uint8"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()


@pytest.mark.parametrize(
    ("call", "torch_call"),
    [
        (lambda: rearrange(torch.ones(2, 6), "a (b c) -> a b c", b=4),
         lambda: einops.rearrange(torch.ones(2, 6), "a (b c) -> a b c", b=4)),
        (lambda: rearrange(torch.ones(2, 3), "a _ -> a _"), lambda: einops.rearrange(torch.ones(2, 3), "a _ -> a _")),
        (lambda: pad(torch.ones(2), (-2, -1)), lambda: F.pad(torch.ones(2), (-2, -1))),
        (lambda: pad(torch.ones(2, dtype=torch.uint8), (1, 1), value=300),
         lambda: F.pad(torch.ones(2, dtype=torch.uint8), (1, 1), value=300)),
        (lambda: split_sizes(5, [2, 2]), lambda: torch.split(torch.ones(5), [2, 2])),
        (lambda: cat([torch.ones(1), torch.tensor(1.0)]), lambda: torch.cat([torch.ones(1), torch.tensor(1.0)])),
    ],
)
def test_rejected_inputs_are_rejected_upstream_too(call, torch_call):
    # the reference is not stricter than the library it explains
    with pytest.raises(ValueError):
        call()
    with pytest.raises((RuntimeError, ValueError, einops.EinopsError)):
        torch_call()
