import math
import warnings

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.tensors import (
    arange, as_leaf, count_parameters, describe, dtype_from_numpy, infer_dtype, linspace, ones,
    shares_memory, zeros,
)

scalars = st.one_of(st.booleans(), st.integers(-5, 5), st.floats(-5, 5, allow_nan=False),
                    st.complex_numbers(max_magnitude=5, allow_nan=False))


@st.composite
def rectangular(draw):
    shape = draw(st.lists(st.integers(0, 3), max_size=3))
    def build(dims):
        if not dims:
            return draw(scalars)
        return [build(dims[1:]) for _ in range(dims[0])]
    return build(shape)


@given(rectangular())
def test_infer_dtype_equals_torch_tensor(data):
    assert infer_dtype(data) == torch.tensor(data).dtype


def test_infer_dtype_follows_the_default_dtype():
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        assert infer_dtype([1.0]) == torch.tensor([1.0]).dtype == torch.float64
        assert infer_dtype([1j]) == torch.tensor([1j]).dtype == torch.complex128
    finally:
        torch.set_default_dtype(old)


def test_legacy_Tensor_constructor_differs_from_tensor():
    assert torch.Tensor(3).shape == (3,) and torch.tensor(3).shape == ()
    assert torch.Tensor([1, 2]).dtype == torch.float32 and torch.tensor([1, 2]).dtype == torch.int64


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "uint8"])
def test_as_tensor_and_from_numpy_share_memory_when_no_conversion(dtype):
    arr = np.zeros(4, dtype=dtype)
    for t in (torch.as_tensor(arr), torch.from_numpy(arr)):
        assert shares_memory(t, arr)
        t[0] = 1
        assert arr[0] == 1  # write-through
        arr[0] = 0
    assert not shares_memory(torch.tensor(arr), arr)
    assert not shares_memory(torch.as_tensor(arr, dtype=torch.float16), arr)  # conversion copies


@given(n=st.integers(1, 8), a=st.integers(0, 8), b=st.integers(0, 8), step=st.integers(1, 3))
def test_shares_memory_of_slices(n, a, b, step):
    base = torch.arange(16)
    x, y = base[a : a + n : step], base[b : b + n]
    overlap = bool(set(range(a, a + n, step)[: x.numel()]) & set(range(b, b + n)[: y.numel()]))
    if overlap:
        assert shares_memory(x, y)
    else:
        lo, hi = sorted([(a, a + (x.numel() - 1) * step), (b, b + y.numel() - 1)])
        assert shares_memory(x, y) == (hi[0] <= lo[1])  # interleaved ranges count as "may share"


@pytest.mark.parametrize("name", ["bool", "uint8", "int8", "int16", "int32", "int64", "uint16",
                                  "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128"])
def test_dtype_from_numpy_equals_from_numpy(name):
    assert dtype_from_numpy(name) == torch.from_numpy(np.zeros(2, dtype=name)).dtype


def test_from_numpy_rejects_negative_strides():
    arr = np.arange(4)[::-1]
    with pytest.raises(ValueError, match="negative"):
        torch.from_numpy(arr)
    assert torch.equal(torch.from_numpy(arr.copy()), torch.tensor([3, 2, 1, 0]))


@given(size=st.lists(st.integers(0, 4), min_size=1, max_size=3), as_tuple=st.booleans(),
       dtype=st.sampled_from([None, torch.int64, torch.float64, torch.bool]))
def test_zeros_and_ones_equal_torch(size, as_tuple, dtype):
    args = (tuple(size),) if as_tuple else tuple(size)
    for ours, theirs in ((zeros, torch.zeros), (ones, torch.ones)):
        got, expected = ours(*args, dtype=dtype), theirs(*args, dtype=dtype)
        assert got.dtype == expected.dtype and torch.equal(got, expected)


@given(start=st.integers(-10, 10), end=st.integers(-10, 10), step=st.integers(-4, 4).filter(bool))
def test_int_arange_equals_torch(start, end, step):
    if (end - start) * step < 0:
        with pytest.raises(ValueError, match="points away from end"):
            arange(start, end, step)
        return
    got, expected = arange(start, end, step), torch.arange(start, end, step)
    assert got.dtype == expected.dtype and torch.equal(got, expected)


@given(start=st.floats(-10, 10), length=st.floats(0, 10), step=st.sampled_from([0.1, 0.25, 0.3, 0.5, 1.5, -0.2, -1.0]))
def test_float_arange_equals_torch(start, length, step):
    end = start + math.copysign(length, step)
    got, expected = arange(start, end, step), torch.arange(start, end, step)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    # torch's vectorised kernel adds float32 steps to a float64 base: last-bit differences
    torch.testing.assert_close(got, expected, rtol=2e-7, atol=2e-6)


@given(start=st.floats(-100, 100), end=st.floats(-100, 100), steps=st.integers(0, 50))
def test_linspace_equals_torch(start, end, steps):
    got, expected = linspace(start, end, steps), torch.linspace(start, end, steps)
    # torch's kernel uses other intermediate precisions; inner values agree to ~1e-6
    torch.testing.assert_close(got, expected, rtol=2e-7, atol=2e-6)
    if steps >= 2:  # but both ends are exact
        assert got[0] == expected[0] == torch.tensor(start, dtype=got.dtype)
        assert got[-1] == expected[-1] == torch.tensor(end, dtype=got.dtype)


def test_linspace_needs_steps():
    with pytest.raises(TypeError, match="invalid combination of arguments"):
        torch.linspace(0, 1)


def test_describe_reports_layout():
    assert describe(torch.zeros(2, 3)) == "shape=(2, 3) dtype=float32 device=cpu stride=(3, 1) contiguous=True requires_grad=False"


def test_device_objects_need_no_gpu():
    d = torch.device("cuda:1")
    assert (d.type, d.index) == ("cuda", 1) and str(torch.device("cpu")) == "cpu"


class _Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(3))
        self.plain = torch.ones(5)  # not registered
        self.hidden = [nn.Parameter(torch.ones(7))]  # a Python list hides it
        self.frozen = nn.Parameter(torch.ones(2), requires_grad=False)


def test_count_parameters_sees_only_registered_parameters():
    m = _Registered()
    assert count_parameters(m) == 3 and count_parameters(m, trainable_only=False) == 5
    assert count_parameters(nn.Linear(4, 3)) == sum(p.numel() for p in nn.Linear(4, 3).parameters())


def test_variable_is_a_plain_tensor_today():
    # Deprecated since 0.4 (2018): Variable(t) returns a Tensor, not a wrapper.
    from torch.autograd import Variable

    t = torch.ones(2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # today it does not even warn; this fails if that changes
        v = Variable(t, requires_grad=True)
    assert type(v) is torch.Tensor and v.requires_grad and v.is_leaf
    assert Variable(t).requires_grad is False
    assert isinstance(t, Variable)  # isinstance still passes for any tensor


def test_as_leaf_is_a_fresh_leaf_sharing_memory():
    base = torch.ones(2, requires_grad=True) * 3
    leaf = as_leaf(base)
    assert leaf.is_leaf and leaf.requires_grad and leaf.grad_fn is None
    (leaf * 2).sum().backward()
    assert torch.equal(leaf.grad, torch.full((2,), 2.0))
    assert leaf.data_ptr() == base.data_ptr()


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: infer_dtype(["a"]), TypeError, r"infer_dtype\(\): data\[0\] must be a number or a list, got str"),
        (lambda: infer_dtype([[1], [2, 3]]), ValueError, r"data\[1\] has length 2, expected 1 like data\[0\]"),
        (lambda: shares_memory([1], torch.ones(1)), TypeError, r"shares_memory\(\): a must be a torch.Tensor or numpy.ndarray, got list"),
        (lambda: dtype_from_numpy("object"), TypeError, r"torch has no dtype for numpy object"),
        (lambda: dtype_from_numpy("nonsense"), TypeError, r"np_dtype must be a NumPy dtype, got 'nonsense'"),
        (lambda: zeros(2, -1), ValueError, r"zeros\(\): size\[1\] must be >= 0, got -1"),
        (lambda: ones(2.0), TypeError, r"ones\(\): size\[0\] must be an int, got float"),
        (lambda: arange(0, 5, 0), ValueError, r"arange\(\): step must be non-zero"),
        (lambda: arange(0, 5, -1), ValueError, r"step=-1 points away from end: start=0, end=5"),
        (lambda: arange("5"), TypeError, r"arange\(\): end must be an int or float, got str"),
        (lambda: linspace(0, 1, -1), ValueError, r"linspace\(\): steps must be >= 0, got -1"),
        (lambda: linspace(0, 1, 2.0), TypeError, r"steps must be an int, got float"),
        (lambda: describe([1]), TypeError, r"describe\(\): tensor must be a torch.Tensor, got list"),
        (lambda: count_parameters(torch.ones(1)), TypeError, r"count_parameters\(\): module must be an nn.Module, got Tensor"),
        (lambda: as_leaf(torch.tensor([1, 2])), ValueError, r"only floating-point or complex tensors can require grad, got torch.int64"),
        (lambda: as_leaf(torch.ones(1), requires_grad=1), TypeError, r"requires_grad must be a bool, got int"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
