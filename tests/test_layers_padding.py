"""reflection_pad1d: the reference equals nn.ReflectionPad1d exactly on every dtype torch pads
(both refuse bool, uint16/uint32/uint64, float8 and complex32), gradients included."""

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import reflection_pad1d

# Only values are moved, so the reference must be exact wherever torch pads.
DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64,
          torch.complex128, torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8]
#: What torch refuses to reflect-pad besides bool; the reference refuses them too.
REFUSED = [torch.uint16, torch.uint32, torch.uint64, torch.float8_e4m3fn, torch.float8_e5m2,
           torch.complex32]
GRAD_DTYPES = [torch.float32, torch.float64]


@given(
    length=st.integers(1, 6),
    left=st.integers(-5, 5),
    right=st.integers(-5, 5),
    batch=st.sampled_from([(), (1,), (2,)]),
    dtype=st.sampled_from(DTYPES),
    seed=st.integers(0, 2**16),
)
def test_reflection_pad1d_equals_torch(length, left, right, batch, dtype, seed):
    left, right = min(left, length - 1), min(right, length - 1)
    if length + left + right <= 0:
        left = right = 0
    g = torch.Generator().manual_seed(seed)
    x = (torch.randn(*batch, 3, length, generator=g) * 50).to(dtype)
    expected = F.pad(x, (left, right), mode="reflect")
    got = reflection_pad1d(x, (left, right))
    assert got.dtype == expected.dtype and torch.equal(got, expected)
    if left == right and left >= 0:
        assert torch.equal(reflection_pad1d(x, left), nn.ReflectionPad1d(left)(x))


@given(length=st.integers(2, 6), pad=st.tuples(st.integers(0, 5), st.integers(0, 5)),
       dtype=st.sampled_from(GRAD_DTYPES), seed=st.integers(0, 2**16))
def test_reflection_pad1d_gradient_equals_torch(length, pad, dtype, seed):
    pad = tuple(min(p, length - 1) for p in pad)
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(2, length, generator=g, dtype=dtype)
    upstream = torch.randn(2, length + sum(pad), generator=g, dtype=dtype)
    grads = []
    for fn in (lambda t: nn.ReflectionPad1d(pad)(t), lambda t: reflection_pad1d(t, pad)):
        leaf = x.clone().requires_grad_()
        (fn(leaf) * upstream).sum().backward()
        grads.append(leaf.grad)
    torch.testing.assert_close(grads[1], grads[0])


def test_reflection_pad1d_pads_an_empty_batch_as_torch_does():
    x = torch.zeros(0, 2, 3)
    assert reflection_pad1d(x, 1).shape == F.pad(x, (1, 1), mode="reflect").shape == (0, 2, 5)


def test_reflection_pad1d_follows_the_device_and_integer_likes():
    out = reflection_pad1d(torch.empty(2, 3, 5, device="meta"), (np.int64(2), torch.tensor(1)))
    assert out.device.type == "meta" and out.shape == (2, 3, 8)


def test_reflection_pad1d_refuses_the_dtypes_torch_refuses():
    for dtype in REFUSED:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # complex32 is "experimental"
            x = torch.ones(1, 3).to(dtype)
        with pytest.raises(NotImplementedError):
            F.pad(x, (1, 1), mode="reflect")
        with pytest.raises(TypeError, match=rf"torch does not reflect-pad {dtype}"):
            reflection_pad1d(x, 1)


x = torch.arange(8.0).reshape(2, 4)
BAD_CALLS = [
    Bad(reflection_pad1d, ([1.0, 2.0], 1), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(reflection_pad1d, (x.bool(), 1), TypeError, r"input must not be bool"),
    Bad(reflection_pad1d, (x.to(torch.uint16), 1), TypeError, r"torch does not reflect-pad torch.uint16; input must be uint8"),
    Bad(reflection_pad1d, (x.to_sparse(), 1), TypeError, r"input must be a dense \(strided\) tensor"),
    Bad(reflection_pad1d, (x, 1.0), TypeError, r"padding must be an int, got float"),
    Bad(reflection_pad1d, (x, (1, True)), TypeError, r"padding must be an int, got bool"),
    Bad(reflection_pad1d, (x, "2"), TypeError, r"padding must be an int, got str"),
    Bad(reflection_pad1d, (x, (1, 2, 3)), ValueError, r"padding must be an int or \(left, right\), got 3 values"),
    Bad(reflection_pad1d, (torch.arange(4.0), 1), ValueError, r"input must be 3-d \(N, C, L\) or 2-d \(C, L\), got a 1-d"),
    Bad(reflection_pad1d, (torch.zeros(2, 0, 3), 1), ValueError, r"input must have non-zero channel and length dimensions"),
    Bad(reflection_pad1d, (torch.zeros(0, 3), 1), ValueError, r"input must have non-zero channel and length dimensions"),
    Bad(reflection_pad1d, (x, 4), ValueError, r"left pad \(4\) must be smaller than the input length 4"),
    Bad(reflection_pad1d, (x, (0, 2**40)), ValueError, r"right pad \(1099511627776\) must be smaller than the input length 4"),
    Bad(reflection_pad1d, (x, (-2, -2)), ValueError, r"padding \(-2, -2\) leaves 0 positions of 4"),
    Bad(reflection_pad1d, (torch.quantize_per_tensor(x, 0.1, 0, torch.quint8), 1), TypeError,
        r"input must not be quantized, got torch.quint8", note="said so, not 'got layout torch.strided'"),
    Bad(reflection_pad1d, (torch.nested.nested_tensor([x, x[:, :2]]), 1), TypeError,
        r"input must be a dense \(strided\) tensor, got layout torch.strided \(nested\)"),
    Bad(reflection_pad1d, (x, torch.tensor([1])), TypeError,
        r"padding must be an int, got a torch.int64 tensor of shape \(1,\)", note="1-d tensor is not an int"),
    Bad(reflection_pad1d, (torch.zeros(1, 1, 4).expand(2**40, 1, 4), 1), ValueError,
        r"the output of shape \(1099511627776, 1, 6\) is too large to allocate", note="huge expanded input"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
