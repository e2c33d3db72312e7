import einops
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.shape import cat, chunk_sizes, pad, rearrange, split_sizes, squeeze, stack

DTYPES = [torch.float32, torch.float64, torch.int64, torch.bool]
same = dict(rtol=0, atol=0, equal_nan=True)


def _rand(shape, dtype, g):
    return (torch.randn(shape, generator=g) * 3).to(dtype)


@given(
    base=st.lists(st.integers(0, 3), min_size=1, max_size=3), n=st.integers(1, 4),
    dim_seed=st.integers(0, 5), seed=st.integers(0, 2**16),
    dtypes=st.lists(st.sampled_from(DTYPES), min_size=4, max_size=4), legacy_empty=st.booleans(),
)
def test_cat_equals_torch(base, n, dim_seed, seed, dtypes, legacy_empty):
    g = torch.Generator().manual_seed(seed)
    ndim = len(base)
    dim = dim_seed % (2 * ndim) - ndim
    tensors = []
    for i in range(n):
        shape = list(base)
        shape[dim] = int(torch.randint(0, 3, (), generator=g))
        tensors.append(_rand(shape, dtypes[i], g))
    if legacy_empty:
        tensors.insert(1, torch.empty(0))
    expected = torch.cat(tensors, dim)
    got = cat(tensors, dim)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **same)


@given(shape=st.lists(st.integers(0, 3), min_size=0, max_size=3), n=st.integers(1, 3),
       dim_seed=st.integers(0, 7), seed=st.integers(0, 2**16))
def test_stack_equals_torch(shape, n, dim_seed, seed):
    g = torch.Generator().manual_seed(seed)
    tensors = [torch.randn(shape, generator=g) for _ in range(n)]
    dim = dim_seed % (2 * (len(shape) + 1)) - (len(shape) + 1)
    assert torch.equal(stack(tensors, dim), torch.stack(tensors, dim))


@given(length=st.integers(0, 20), size=st.integers(1, 7))
def test_split_sizes_equal_torch(length, size):
    assert split_sizes(length, size) == [t.numel() for t in torch.split(torch.empty(length), size)]


@given(sections=st.lists(st.integers(0, 5), min_size=1, max_size=5))
def test_split_sections_equal_torch(sections):
    x = torch.empty(sum(sections))
    assert split_sizes(sum(sections), sections) == [t.numel() for t in torch.split(x, sections)]


@given(length=st.integers(0, 20), chunks=st.integers(1, 8))
def test_chunk_sizes_equal_torch(length, chunks):
    assert chunk_sizes(length, chunks) == [t.numel() for t in torch.chunk(torch.empty(length), chunks)]


def test_chunk_can_return_fewer_pieces_but_tensor_split_cannot():
    assert len(torch.chunk(torch.arange(6), 4)) == 3 == len(chunk_sizes(6, 4))
    assert len(torch.tensor_split(torch.arange(6), 4)) == 4


@given(shape=st.lists(st.integers(0, 3), min_size=0, max_size=4), dims=st.lists(st.integers(-4, 3), max_size=3, unique=True),
       use_none=st.booleans(), as_int=st.booleans())
def test_squeeze_equals_torch(shape, dims, use_none, as_int):
    x = torch.zeros(shape)
    if use_none:
        assert squeeze(x).shape == torch.squeeze(x).shape
        return
    ndim = max(x.dim(), 1)
    dims = tuple(d for d in dims if -ndim <= d < ndim)
    if len({d % ndim for d in dims}) != len(dims) or not dims:
        return
    arg = dims[0] if as_int else dims
    assert squeeze(x, arg).shape == torch.squeeze(x, arg).shape


PATTERNS = [
    ("b c h w -> b h w c", {}),
    ("b c h w -> b (c h w)", {}),
    ("b (h w) c -> b c h w", {"h": 2}),
    ("b c (h p1) (w p2) -> b (h w) (p1 p2 c)", {"p1": 2, "p2": 2}),
    ("(b1 b2) c h w -> b1 c (b2 h) w", {"b1": 2}),
]


@pytest.mark.parametrize(("pattern", "lengths"), PATTERNS)
@given(sizes=st.lists(st.integers(1, 3), min_size=4, max_size=4))
def test_rearrange_equals_einops(pattern, lengths, sizes):
    b, c, h, w = sizes
    shapes = {
        "b c h w -> b h w c": (b, c, h, w),
        "b c h w -> b (c h w)": (b, c, h, w),
        "b (h w) c -> b c h w": (b, 2 * w, c),
        "b c (h p1) (w p2) -> b (h w) (p1 p2 c)": (b, c, 2 * h, 2 * w),
        "(b1 b2) c h w -> b1 c (b2 h) w": (2 * b, c, h, w),
    }
    x = torch.arange(torch.Size(shapes[pattern]).numel()).reshape(shapes[pattern])
    assert torch.equal(rearrange(x, pattern, **lengths), einops.rearrange(x, pattern, **lengths))


@given(shape=st.lists(st.integers(0, 3), min_size=1, max_size=3),
       amounts=st.lists(st.integers(-2, 3), min_size=0, max_size=6), seed=st.integers(0, 2**16),
       dtype=st.sampled_from([torch.float32, torch.int64]))
def test_pad_equals_torch(shape, amounts, seed, dtype):
    amounts = amounts[: 2 * len(shape) - (len(amounts[: 2 * len(shape)]) % 2)]
    amounts = amounts[: len(amounts) // 2 * 2]
    x = _rand(shape, dtype, torch.Generator().manual_seed(seed))
    try:
        expected = F.pad(x, amounts, value=7)
    except RuntimeError:
        with pytest.raises(ValueError, match="negative pads may remove at most the whole dimension"):
            pad(x, amounts, value=7)
        return
    torch.testing.assert_close(pad(x, tuple(amounts), value=7), expected, **same)


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: cat(torch.ones(2)), TypeError, r"cat\(\): tensors must be a list or tuple of tensors, got Tensor"),
        (lambda: cat([]), ValueError, r"cat\(\): tensors must not be empty"),
        (lambda: cat([torch.ones(2), [1]]), TypeError, r"tensors\[1\] must be a torch.Tensor, got list"),
        (lambda: cat([torch.ones(2, 3), torch.ones(2, 4)]), ValueError, r"tensors\[1\] has size 4 in dimension 1, expected 3; only dim=0 may differ"),
        (lambda: cat([torch.ones(2, 3), torch.ones(3)]), ValueError, r"tensors\[1\] has 1 dimensions, expected 2"),
        (lambda: cat([torch.tensor(1.0)]), ValueError, r"tensors\[0\] is 0-d"),
        (lambda: cat([torch.ones(2)], dim=1), ValueError, r"dim must be in \[-1, 0\] for a 1-d tensor, got 1"),
        (lambda: stack([torch.ones(2), torch.ones(3)]), ValueError, r"stack\(\): tensors\[1\] has shape \(3,\), expected \(2,\)"),
        (lambda: stack([torch.ones(2)], dim=2), ValueError, r"stack\(\): dim must be in \[-2, 1\]"),
        (lambda: split_sizes(5, 0), ValueError, r"split_sizes\(\): split_size_or_sections must be >= 1, got 0"),
        (lambda: split_sizes(5, [2, 2]), ValueError, r"sections \[2, 2\] sum to 4, expected the dimension's length 5"),
        (lambda: split_sizes(5, 2.0), TypeError, r"split_size_or_sections must be an int, got float"),
        (lambda: chunk_sizes(5, 0), ValueError, r"chunk_sizes\(\): chunks must be >= 1, got 0"),
        (lambda: squeeze(torch.ones(1, 2), 2), ValueError, r"squeeze\(\): dim must be in \[-2, 1\] for a 2-d tensor, got 2"),
        (lambda: squeeze(torch.ones(1, 2), (0, -2)), ValueError, r"lists a dimension twice"),
        (lambda: squeeze([1], 0), TypeError, r"squeeze\(\): x must be a torch.Tensor, got list"),
        (lambda: rearrange(torch.ones(2, 3), "a ... -> a"), ValueError, r"unsupported token '...' in 'a ... -> a'"),
        (lambda: rearrange(torch.ones(2, 3), "a b -> a c"), ValueError, r"must name the same axes once each"),
        (lambda: rearrange(torch.ones(2, 3), "a b c -> a b c"), ValueError, r"describes 3 dimensions, the tensor has 2"),
        (lambda: rearrange(torch.ones(2, 6), "a (b c) -> a b c"), ValueError, r"cannot infer \['b', 'c'\]"),
        (lambda: rearrange(torch.ones(2, 6), "a (b c) -> a b c", b=4), ValueError, r"group \(b c\) has size 6"),
        (lambda: rearrange(torch.ones(2, 6), "a b -> b a", z=1), ValueError, r"axis z=1 is not in"),
        (lambda: rearrange(torch.ones(2), 5), TypeError, r"pattern must be a str, got int"),
        (lambda: rearrange(torch.ones(2), "a b"), ValueError, r"must contain one '->'"),
        (lambda: pad(torch.ones(2), (1,)), ValueError, r"pad\(\): pad must have an even length of at most 2 \* x.dim\(\) = 2, got 1"),
        (lambda: pad(torch.ones(2), (1, 1, 1, 1)), ValueError, r"got 4"),
        (lambda: pad(torch.ones(2), (1.0, 1)), TypeError, r"pad must be a tuple of ints"),
        (lambda: pad(torch.ones(2), (-2, -1)), ValueError, r"crops 3 from dimension 0 of size 2"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
