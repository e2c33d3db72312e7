"""linear: the reference equals F.linear (outputs and gradients) on float32 and float64."""

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import linear

DTYPES = [torch.float32, torch.float64]
# refused with a TypeError: the reference does not follow torch's accumulation there
REFUSED = [torch.float16, torch.bfloat16, torch.complex64, torch.int64, torch.bool]
TOL = {torch.float32: dict(rtol=1e-5, atol=1e-5), torch.float64: dict(rtol=1e-12, atol=1e-12)}


@given(
    lead=st.lists(st.integers(0, 3), min_size=0, max_size=2),
    fan_in=st.integers(1, 5),
    fan_out=st.integers(1, 4),
    use_bias=st.booleans(),
    dtype=st.sampled_from(DTYPES),
    seed=st.integers(0, 2**16),
)
def test_linear_equals_nn_linear(lead, fan_in, fan_out, use_bias, dtype, seed):
    """Copy nn.Linear's parameters; same output and same gradients for input, weight, bias."""
    torch.manual_seed(seed)
    layer = nn.Linear(fan_in, fan_out, bias=use_bias, dtype=dtype)
    x = torch.randn(*lead, fan_in, dtype=dtype)
    upstream = torch.randn(*lead, fan_out, dtype=dtype)
    xs = [x.clone().requires_grad_() for _ in range(2)]
    weight = layer.weight.detach().clone().requires_grad_()
    bias = layer.bias.detach().clone().requires_grad_() if use_bias else None
    expected = layer(xs[0])
    got = linear(xs[1], weight, bias)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    torch.testing.assert_close(got, expected, **TOL[dtype])
    (expected * upstream).sum().backward()
    (got * upstream).sum().backward()
    torch.testing.assert_close(xs[1].grad, xs[0].grad, **TOL[dtype])
    torch.testing.assert_close(weight.grad, layer.weight.grad, **TOL[dtype])
    if use_bias:
        torch.testing.assert_close(bias.grad, layer.bias.grad, **TOL[dtype])


def test_linear_follows_the_device_of_its_tensors():
    meta = linear(torch.empty(2, 3, device="meta"), torch.empty(5, 3, device="meta"),
                  torch.empty(5, device="meta"))
    assert meta.device.type == "meta" and meta.shape == (2, 5)


@pytest.mark.parametrize("dtype", REFUSED)
def test_linear_refuses_dtypes_it_does_not_follow(dtype):
    with pytest.raises(TypeError, match="float32 or float64"):
        linear(torch.ones(2, 3).to(dtype), torch.ones(4, 3).to(dtype))


x, w, b = torch.randn(2, 3), torch.randn(4, 3), torch.randn(4)
BAD_CALLS = [
    Bad(linear, ([[1.0, 2.0, 3.0]], w), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(linear, (x, np.ones((4, 3))), TypeError, r"weight must be a torch.Tensor, got ndarray"),
    Bad(linear, (x.half(), w.half()), TypeError, r"input must be float32 or float64, got torch.float16"),
    Bad(linear, (x.to(torch.complex64), w), TypeError, r"input must be float32 or float64, got torch.complex64"),
    Bad(linear, (x.long(), w), TypeError, r"input must be float32 or float64, got torch.int64"),
    Bad(linear, (x, w.double()), TypeError, r"weight must have input's dtype torch.float32, got torch.float64"),
    Bad(linear, (x, w, b.double()), TypeError, r"bias must have input's dtype"),
    Bad(linear, (x.to_sparse(), w), TypeError, r"input must be a dense \(strided\) tensor"),
    Bad(linear, (x, torch.randn(4, 2)), ValueError, r"input's last dimension \(3\) must equal weight's in_features \(2\)"),
    Bad(linear, (torch.tensor(1.0), w), ValueError, r"input must be at least 1-d"),
    Bad(linear, (x, torch.randn(1, 4, 3)), ValueError, r"weight must be 2-d .* got shape \(1, 4, 3\)"),
    Bad(linear, (x, torch.randn(3)), ValueError, r"weight must be 2-d .* got shape \(3,\)"),
    Bad(linear, (x, w, torch.randn(3)), ValueError, r"bias must have shape \(4,\) .* got \(3,\)"),
    Bad(linear, (x, torch.empty(4, 3, device="meta")), ValueError, r"weight must be on input's device cpu, got meta"),
    Bad(linear, (torch.ones(1, 3).expand(2**40, 3), w), ValueError,
        r"the output of shape \(1099511627776, 4\) is too large to allocate"),
    Bad(linear, (torch.ones(2**40, 0), torch.ones(4, 0)), ValueError,
        r"the output of shape \(1099511627776, 4\) is too large", note="no in_features, huge output"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
