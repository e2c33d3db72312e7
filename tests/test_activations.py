"""Activations: every reference equals torch in value and gradient, large inputs included.

Element-wise functions: values on float32, float64, float16, bfloat16 and (where torch
accepts them) integer and bool tensors; gradients on float32 and float64. softmax and
log_softmax: values and gradients on float32 and float64, integers through ``dtype=``;
float16/bfloat16 refused. Complex inputs are refused everywhere.
"""

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.activations import gelu, log_softmax, relu, sigmoid, softmax, tanh

FLOATS = [torch.float32, torch.float64, torch.float16, torch.bfloat16]
INTS = [torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64]
# Ordinary values and the ones where naive formulas break: overflowing exp, tiny x, zeros.
VALUES = st.one_of(
    st.floats(-10, 10, allow_nan=False, width=32),
    st.sampled_from([0.0, -0.0, 1e-8, -1e-8, 20.0, -20.0, 88.5, -88.5, 100.0, -100.0, 1e4, -1e4, 1e30, -1e30]),
)


def tensors(dtypes, *, with_nan=False):
    values = st.one_of(VALUES, st.just(float("nan"))) if with_nan else VALUES
    return st.tuples(
        st.lists(values, min_size=0, max_size=6),
        st.sampled_from(dtypes),
    ).map(lambda args: torch.tensor(args[0], dtype=torch.float64).to(args[1]))


def same(got, expected):
    assert got.dtype == expected.dtype and got.shape == expected.shape and got.device == expected.device
    torch.testing.assert_close(got, expected, equal_nan=True)


def same_grad(ours, theirs, x):
    """Values and gradients of ``ours`` and ``theirs`` at ``x`` (a float32/float64 tensor)."""
    a = x.clone().requires_grad_()
    b = x.clone().requires_grad_()
    out_a, out_b = ours(a), theirs(b)
    same(out_a, out_b)
    w = torch.linspace(-1, 1, out_a.numel(), dtype=x.dtype).reshape(out_a.shape)
    (out_a * w).sum().backward()
    (out_b * w).sum().backward()
    torch.testing.assert_close(a.grad, b.grad, equal_nan=True)


ELEMENTWISE = [(relu, torch.relu), (sigmoid, torch.sigmoid), (tanh, torch.tanh),
               (gelu, F.gelu), (lambda x: gelu(x, "tanh"), lambda x: F.gelu(x, approximate="tanh"))]


@pytest.mark.parametrize("ours, theirs", ELEMENTWISE, ids=["relu", "sigmoid", "tanh", "gelu", "gelu-tanh"])
@given(x=tensors(FLOATS, with_nan=True))
def test_elementwise_values_equal_torch(ours, theirs, x):
    same(ours(x), theirs(x))


@pytest.mark.parametrize("ours, theirs", ELEMENTWISE, ids=["relu", "sigmoid", "tanh", "gelu", "gelu-tanh"])
@given(x=tensors([torch.float32, torch.float64]))
def test_elementwise_gradients_equal_torch(ours, theirs, x):
    same_grad(ours, theirs, x)


@pytest.mark.parametrize("ours, theirs", ELEMENTWISE, ids=["relu", "sigmoid", "tanh", "gelu", "gelu-tanh"])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_elementwise_gradients_at_nan_equal_torch(ours, theirs, dtype):
    # relu's backward zeroes the gradient only where the result is <= 0, so NaN passes it on
    x = torch.tensor([float("nan"), -1.0, -0.0, 0.0, 2.0], dtype=dtype)
    same_grad(ours, theirs, x)


@pytest.mark.parametrize("dtype", INTS + [torch.bool])
def test_integer_inputs_follow_torch(dtype):
    x = torch.tensor([0, 1, 3, 7, 100]).to(dtype)
    same(sigmoid(x), torch.sigmoid(x))
    same(tanh(x), torch.tanh(x))
    if dtype != torch.bool:
        same(relu(x), torch.relu(x))


@pytest.mark.parametrize("dtype", [torch.uint16, torch.uint32, torch.uint64])
def test_wide_unsigned_inputs_follow_torch_in_sigmoid_and_tanh(dtype):
    x = torch.tensor([0, 1, 3, 7, 100]).to(dtype)
    same(sigmoid(x), torch.sigmoid(x))
    same(tanh(x), torch.tanh(x))


def test_integer_inputs_use_the_default_dtype():
    x = torch.tensor([1, 2])
    before = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        same(sigmoid(x), torch.sigmoid(x))
        same(tanh(x), torch.tanh(x))
    finally:
        torch.set_default_dtype(before)


@st.composite
def softmax_args(draw):
    ndim = draw(st.integers(0, 3))
    shape = draw(st.lists(st.integers(0, 3), min_size=ndim, max_size=ndim))
    n = int(np.prod(shape)) if shape else 1
    values = draw(st.lists(VALUES, min_size=n, max_size=n))
    if n and draw(st.integers(0, 5)) == 0:
        values[draw(st.integers(0, n - 1))] = draw(st.sampled_from([float("inf"), float("-inf"), float("nan")]))
    dtype = draw(st.sampled_from([torch.float32, torch.float64]))
    x = torch.tensor(values, dtype=torch.float64).reshape(shape).to(dtype)
    dim = draw(st.integers(-max(ndim, 1), max(ndim, 1) - 1))
    return x, dim


@given(softmax_args())
def test_softmax_and_log_softmax_values_equal_torch(args):
    x, dim = args
    same(softmax(x, dim), torch.softmax(x, dim))
    same(log_softmax(x, dim), torch.log_softmax(x, dim))


@given(softmax_args())
def test_softmax_and_log_softmax_gradients_equal_torch(args):
    x, dim = args
    x = x.double() if x.dtype != torch.float32 else x
    x = x.nan_to_num(posinf=5.0, neginf=-5.0, nan=0.0)
    same_grad(lambda t: softmax(t, dim), lambda t: torch.softmax(t, dim), x)
    same_grad(lambda t: log_softmax(t, dim), lambda t: torch.log_softmax(t, dim), x)


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_softmax_dtype_argument_casts_first(dtype):
    x = torch.tensor([[1, 2, 3], [0, 0, 7]])
    same(softmax(x, 1, dtype=dtype), torch.softmax(x, 1, dtype=dtype))
    same(log_softmax(x, 1, dtype=dtype), torch.log_softmax(x, 1, dtype=dtype))
    y = torch.randn(2, 3, generator=torch.Generator().manual_seed(0))
    same(softmax(y, 0, dtype=dtype), torch.softmax(y, 0, dtype=dtype))


def test_results_follow_the_device_of_the_input():
    x = torch.empty(2, 3, device="meta")
    for ours, theirs in ELEMENTWISE:
        got, expected = ours(x), theirs(x)
        assert (got.device, got.shape, got.dtype) == (expected.device, expected.shape, expected.dtype)
    for ours, theirs in ((softmax, torch.softmax), (log_softmax, torch.log_softmax)):
        got, expected = ours(x, 1), theirs(x, 1)
        assert (got.device, got.shape, got.dtype) == (expected.device, expected.shape, expected.dtype)


def test_softmax_takes_numpy_ints_for_dim():
    x = torch.randn(2, 3, generator=torch.Generator().manual_seed(1))
    same(softmax(x, np.int64(1)), torch.softmax(x, np.int64(1)))


@pytest.mark.parametrize("dim", [torch.tensor(1), torch.tensor(-2, dtype=torch.int8), torch.tensor(0, dtype=torch.uint8)])
def test_softmax_takes_a_0d_integer_tensor_for_dim_as_torch_does(dim):
    x = torch.randn(2, 3, generator=torch.Generator().manual_seed(2))
    same(softmax(x, dim), torch.softmax(x, dim))
    same(log_softmax(x, dim), torch.log_softmax(x, dim))


@pytest.mark.parametrize("input", [torch.tensor([[True, False, True]]), torch.tensor([[1, 2, 3]], dtype=torch.uint16),
                                   torch.tensor([[0.5, -2.0, 1.0]]).to(torch.float8_e5m2)])
def test_softmax_dtype_argument_casts_what_torch_casts(input):
    for dtype in (torch.float32, torch.float64):
        same(softmax(input, 1, dtype=dtype), torch.softmax(input, 1, dtype=dtype))
        same(log_softmax(input, 1, dtype=dtype), torch.log_softmax(input, 1, dtype=dtype))


X = torch.ones(2, 2)
SPARSE = torch.eye(2).to_sparse()
with warnings.catch_warnings():  # quantized dtypes are deprecated, but tensors of them still exist
    warnings.simplefilter("ignore")
    QUANTIZED = torch.quantize_per_tensor(torch.ones(2, 2), 0.1, 0, torch.quint8)
COMPLEX = torch.ones(2, dtype=torch.complex64)
BOOL = torch.tensor([True, False])
INT = torch.tensor([1, 2])

BAD_CALLS = [
    Bad(relu, ([1.0, -1.0],), TypeError, r"relu\(\): input must be a torch.Tensor, got list"),
    Bad(relu, (BOOL,), TypeError, r"relu\(\): input must be a real, non-bool tensor as in torch, got torch.bool"),
    Bad(relu, (COMPLEX,), TypeError, r"relu\(\): input must be a real, non-bool tensor .*got torch.complex64"),
    Bad(relu, (SPARSE,), TypeError, r"relu\(\): input must be a strided \(dense\) tensor, got layout torch.sparse_coo"),
    Bad(relu, (QUANTIZED,), TypeError, r"relu\(\): input must not be quantized, got torch.quint8"),
    Bad(sigmoid, (0.5,), TypeError, r"sigmoid\(\): input must be a torch.Tensor, got float"),
    Bad(sigmoid, (COMPLEX,), TypeError, r"sigmoid\(\): input must be real; .*got torch.complex64"),
    Bad(sigmoid, (SPARSE,), TypeError, r"sigmoid\(\): input must be a strided \(dense\) tensor"),
    Bad(tanh, (np.ones(2),), TypeError, r"tanh\(\): input must be a torch.Tensor, got ndarray"),
    Bad(tanh, (COMPLEX,), TypeError, r"tanh\(\): input must be real; .*got torch.complex64"),
    Bad(tanh, (QUANTIZED,), TypeError, r"tanh\(\): input must not be quantized"),
    Bad(gelu, ([1.0],), TypeError, r"gelu\(\): input must be a torch.Tensor, got list"),
    Bad(gelu, (INT,), TypeError, r"gelu\(\): input must be a floating-point tensor as in torch, got torch.int64"),
    Bad(gelu, (BOOL,), TypeError, r"gelu\(\): input must be a floating-point tensor .*got torch.bool"),
    Bad(gelu, (COMPLEX,), TypeError, r"gelu\(\): input must be a floating-point tensor .*got torch.complex64"),
    Bad(gelu, (X, "erf"), ValueError, r"gelu\(\): approximate must be 'none' or 'tanh', got 'erf'"),
    Bad(gelu, (X, None), TypeError, r"gelu\(\): approximate must be a str, got NoneType"),
    Bad(gelu, (X, True), TypeError, r"gelu\(\): approximate must be a str, got bool"),
    Bad(gelu, (SPARSE,), TypeError, r"gelu\(\): input must be a strided \(dense\) tensor"),
    Bad(softmax, ([1.0, 2.0], 0), TypeError, r"softmax\(\): input must be a torch.Tensor, got list"),
    Bad(softmax, (INT, 0), TypeError, r"softmax\(\): input must be a floating-point tensor \(or pass a floating dtype=\), got torch.int64"),
    Bad(softmax, (COMPLEX, 0), TypeError, r"softmax\(\): input must be a floating-point tensor .*got torch.complex64"),
    Bad(softmax, (COMPLEX, 0, torch.float32), TypeError, r"softmax\(\): input must be a real tensor, got torch.complex64"),
    Bad(softmax, (X, 0, torch.int64), TypeError, r"softmax\(\): dtype must be a floating dtype, got torch.int64"),
    Bad(softmax, (X, 0, "float32"), TypeError, r"softmax\(\): dtype must be a torch.dtype or None, got str"),
    Bad(softmax, (X, None), TypeError, r"softmax\(\): dim must be an int, got NoneType"),
    Bad(softmax, (X, 1.0), TypeError, r"softmax\(\): dim must be an int, got float"),
    Bad(softmax, (X, True), TypeError, r"softmax\(\): dim must be an int, got bool"),
    Bad(softmax, (X, torch.tensor([1])), TypeError, r"softmax\(\): dim must be an int, got a torch.int64 tensor of shape \(1,\)"),
    Bad(softmax, (X, torch.tensor(1.0)), TypeError, r"softmax\(\): dim must be an int, got a torch.float32 tensor of shape \(\)"),
    Bad(softmax, (X, torch.tensor(True)), TypeError, r"softmax\(\): dim must be an int, got bool"),
    Bad(softmax, (X, torch.tensor(1, device="meta")), TypeError, r"softmax\(\): dim must be an int, got a torch.int64 tensor .* on meta"),
    Bad(softmax, (X, 2**63), ValueError, r"softmax\(\): dim must be in \[-2, 1\] .*got 9223372036854775808"),
    Bad(softmax, (X, np.bool_(True)), TypeError, r"softmax\(\): dim must be an int, got bool"),
    Bad(softmax, (X.to(torch.float8_e5m2), 0), TypeError, r"softmax\(\): input must be float32 or float64 \(or pass dtype=\), got torch.float8_e5m2"),
    Bad(softmax, (X, 0, torch.float8_e4m3fn), TypeError, r"softmax\(\): dtype must be torch.float32 or torch.float64, got torch.float8_e4m3fn"),
    Bad(softmax, (torch.empty(2, dtype=torch.int4), 0, torch.float32), TypeError, r"softmax\(\): input must be of a dtype torch casts .*got torch.int4"),
    Bad(log_softmax, (X.to(torch.float8_e4m3fn), 0), TypeError, r"log_softmax\(\): input must be float32 or float64 .*got torch.float8_e4m3fn"),
    Bad(relu, (torch.ones(2, dtype=torch.uint16),), TypeError, r"relu\(\): input must be a float16/bfloat16/float32/float64 or int8-int64/uint8 tensor as in torch, got torch.uint16"),
    Bad(relu, (X.to(torch.float8_e5m2),), TypeError, r"relu\(\): input must be .* as in torch, got torch.float8_e5m2"),
    Bad(sigmoid, (X.to(torch.float8_e4m3fn),), TypeError, r"sigmoid\(\): input must be a float16/bfloat16/float32/float64, integer or bool tensor as in torch, got torch.float8_e4m3fn"),
    Bad(sigmoid, (torch.empty(2, dtype=torch.bits8),), TypeError, r"sigmoid\(\): input must be .*got torch.bits8"),
    Bad(tanh, (X.to(torch.float8_e5m2),), TypeError, r"tanh\(\): input must be .* as in torch, got torch.float8_e5m2"),
    Bad(gelu, (X.to(torch.float8_e4m3fn),), TypeError, r"gelu\(\): input must be a float16, bfloat16, float32 or float64 tensor as in torch, got torch.float8_e4m3fn"),
    Bad(softmax, (X, 2), ValueError, r"softmax\(\): dim must be in \[-2, 1\] for a 2-d tensor, got 2"),
    Bad(softmax, (X, -2**40), ValueError, r"softmax\(\): dim must be in \[-2, 1\] .*got -1099511627776"),
    Bad(softmax, (X.half(), 0), TypeError, r"softmax\(\): this reference does not follow torch on torch.float16"),
    Bad(softmax, (X, 0, torch.bfloat16), TypeError, r"softmax\(\): this reference does not follow torch on torch.bfloat16"),
    Bad(log_softmax, (X.bfloat16(), 0), TypeError, r"log_softmax\(\): this reference does not follow torch on torch.bfloat16"),
    Bad(softmax, (SPARSE, 0), TypeError, r"softmax\(\): input must be a strided \(dense\) tensor"),
    Bad(log_softmax, ((1.0,), 0), TypeError, r"log_softmax\(\): input must be a torch.Tensor, got tuple"),
    Bad(log_softmax, (INT, 0), TypeError, r"log_softmax\(\): input must be a floating-point tensor .*got torch.int64"),
    Bad(log_softmax, (COMPLEX, 0, torch.float64), TypeError, r"log_softmax\(\): input must be a real tensor, got torch.complex64"),
    Bad(log_softmax, (X, "1"), TypeError, r"log_softmax\(\): dim must be an int, got str"),
    Bad(log_softmax, (X, -3), ValueError, r"log_softmax\(\): dim must be in \[-2, 1\] for a 2-d tensor, got -3"),
    Bad(log_softmax, (QUANTIZED, 0), TypeError, r"log_softmax\(\): input must not be quantized"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
