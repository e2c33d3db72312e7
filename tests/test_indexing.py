import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.indexing import gather

DTYPES = [torch.float32, torch.float64, torch.int64, torch.bool]


@st.composite
def gather_args(draw):
    ndim = draw(st.integers(1, 3))
    shape = draw(st.lists(st.integers(0, 4), min_size=ndim, max_size=ndim))
    dim = draw(st.integers(-ndim, ndim - 1))
    d = dim % ndim
    # index may be smaller than input outside dim, any size along dim
    index_shape = [draw(st.integers(0, n)) for n in shape]
    index_shape[d] = draw(st.integers(0, 4)) if shape[d] else 0
    dtype = draw(st.sampled_from(DTYPES))
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    if dtype.is_floating_point:
        src = torch.randn(shape, generator=g, dtype=dtype)
        if src.numel() and draw(st.booleans()):
            src.view(-1)[0] = float("nan")
    else:
        src = torch.randint(0, 5, shape, generator=g).to(dtype)
    index = torch.randint(0, max(shape[d], 1), index_shape, generator=g)
    return src, dim, index


@given(gather_args())
def test_gather_equals_torch(args):
    src, dim, index = args
    expected = torch.gather(src, dim, index)
    got = gather(src, dim, index)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0, equal_nan=True)


def test_gather_0d():
    src = torch.tensor(5.0)
    assert torch.equal(gather(src, 0, torch.tensor(0)), torch.gather(src, 0, torch.tensor(0)))


@pytest.mark.parametrize(
    ("args", "error", "match"),
    [
        (([[1, 2]], 0, torch.tensor([[0]])), TypeError, r"input must be a torch.Tensor, got list"),
        ((torch.ones(2, 2), 0, [[0]]), TypeError, r"index must be a torch.Tensor, got list"),
        ((torch.ones(2, 2), 0, torch.tensor([[0.0]])), TypeError, r"index must have dtype torch.int64, got torch.float32"),
        ((torch.ones(2, 2), 2, torch.zeros(1, 1, dtype=torch.long)), ValueError, r"dim must be in \[-2, 1\] for a 2-d tensor, got 2"),
        ((torch.ones(2, 2), 1.0, torch.zeros(1, 1, dtype=torch.long)), TypeError, r"dim must be an int, got float"),
        ((torch.ones(2, 2), 1, torch.zeros(2, dtype=torch.long)), ValueError, r"same number of dimensions as input \(2\), got index.dim\(\)=1"),
        ((torch.ones(2, 2), 1, torch.zeros(3, 1, dtype=torch.long)), ValueError, r"index.size\(0\)=3 must be <= input.size\(0\)=2"),
        ((torch.ones(2, 2), 1, torch.tensor([[2]])), ValueError, r"index values must lie in \[0, 2\) along dim=1, got values in \[2, 2\]"),
        ((torch.ones(2, 2), 1, torch.tensor([[-1]])), ValueError, r"got values in \[-1, -1\]"),
    ],
)
def test_gather_bad_input(args, error, match):
    with pytest.raises(error, match=r"gather\(\): .*" + match):
        gather(*args)
