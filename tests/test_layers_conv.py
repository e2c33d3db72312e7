"""conv2d and conv_transpose2d: the references equal nn.Conv2d / nn.ConvTranspose2d
(outputs and gradients of input, weight and bias) on float32 and float64."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import conv2d, conv_transpose2d

DTYPES = [torch.float32, torch.float64]
REFUSED = [torch.float16, torch.bfloat16, torch.complex64, torch.int64]
TOL = {torch.float32: dict(rtol=1e-4, atol=1e-5), torch.float64: dict(rtol=1e-10, atol=1e-10)}


def _compare(module, reference, x, dtype, seed):
    """Run the module and the reference on copies of its parameters; compare all gradients."""
    xs = [x.clone().requires_grad_() for _ in range(2)]
    weight = module.weight.detach().clone().requires_grad_()
    bias = None if module.bias is None else module.bias.detach().clone().requires_grad_()
    expected = module(xs[0])
    got = reference(xs[1], weight, bias)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **TOL[dtype])
    upstream = torch.randn(expected.shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))
    (expected * upstream).sum().backward()
    (got * upstream).sum().backward()
    torch.testing.assert_close(xs[1].grad, xs[0].grad, **TOL[dtype])
    torch.testing.assert_close(weight.grad, module.weight.grad, **TOL[dtype])
    if bias is not None:
        torch.testing.assert_close(bias.grad, module.bias.grad, **TOL[dtype])


@st.composite
def conv_args(draw):
    groups = draw(st.integers(1, 2))
    c_in = groups * draw(st.integers(1, 2))
    c_out = groups * draw(st.integers(1, 2))
    k = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    stride = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    dilation = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    padding = draw(st.one_of(
        st.tuples(st.integers(0, 2), st.integers(0, 2)), st.just("valid"), st.just("same")))
    if padding == "same":
        stride = (1, 1)
    pads = (0, 0) if isinstance(padding, str) else padding
    # big enough for one window
    h = draw(st.integers(dilation[0] * (k[0] - 1) + 1 - 2 * pads[0], 6))
    w = draw(st.integers(dilation[1] * (k[1] - 1) + 1 - 2 * pads[1], 6))
    batch = draw(st.sampled_from([None, 1, 2]))
    return dict(groups=groups, c_in=c_in, c_out=c_out, k=k, stride=stride, dilation=dilation,
                padding=padding, h=max(h, 1), w=max(w, 1), batch=batch,
                bias=draw(st.booleans()), dtype=draw(st.sampled_from(DTYPES)),
                seed=draw(st.integers(0, 2**16)))


@pytest.mark.filterwarnings("ignore:Using padding='same'")
@given(conv_args())
def test_conv2d_equals_nn_conv2d(a):
    torch.manual_seed(a["seed"])
    conv = nn.Conv2d(a["c_in"], a["c_out"], a["k"], stride=a["stride"], padding=a["padding"],
                     dilation=a["dilation"], groups=a["groups"], bias=a["bias"], dtype=a["dtype"])
    shape = (a["c_in"], a["h"], a["w"]) if a["batch"] is None else (a["batch"], a["c_in"], a["h"], a["w"])
    x = torch.randn(shape, dtype=a["dtype"])
    reference = lambda x, w, b: conv2d(x, w, b, a["stride"], a["padding"], a["dilation"], a["groups"])  # noqa: E731
    _compare(conv, reference, x, a["dtype"], a["seed"])


@given(
    groups=st.integers(1, 2), c_in=st.integers(1, 2), c_out=st.integers(1, 2),
    k=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    stride=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    dilation=st.tuples(st.integers(1, 2), st.integers(1, 2)),
    padding=st.tuples(st.integers(0, 2), st.integers(0, 2)),
    out_pad=st.tuples(st.integers(0, 2), st.integers(0, 2)),
    size=st.tuples(st.integers(1, 4), st.integers(1, 4)),
    batch=st.sampled_from([None, 1, 2]), bias=st.booleans(),
    dtype=st.sampled_from(DTYPES), seed=st.integers(0, 2**16),
)
def test_conv_transpose2d_equals_nn_conv_transpose2d(
    groups, c_in, c_out, k, stride, dilation, padding, out_pad, size, batch, bias, dtype, seed
):
    out_pad = tuple(min(o, max(s, d) - 1) for o, s, d in zip(out_pad, stride, dilation))
    full = [(n - 1) * s + d * (kk - 1) + 1 + o for n, s, d, kk, o in zip(size, stride, dilation, k, out_pad)]
    padding = tuple(min(p, (f - 1) // 2) for p, f in zip(padding, full))
    torch.manual_seed(seed)
    up = nn.ConvTranspose2d(groups * c_in, groups * c_out, k, stride=stride, padding=padding,
                            output_padding=out_pad, groups=groups, bias=bias, dilation=dilation,
                            dtype=dtype)
    shape = (groups * c_in, *size) if batch is None else (batch, groups * c_in, *size)
    x = torch.randn(shape, dtype=dtype)
    reference = lambda x, w, b: conv_transpose2d(x, w, b, stride, padding, out_pad, groups, dilation)  # noqa: E731
    _compare(up, reference, x, dtype, seed)


def test_conv_transpose2d_is_the_gradient_of_conv2d():
    """<conv2d(x, w), y> = <x, conv_transpose2d(y, w)>: the adjoint, not the inverse."""
    g = torch.Generator().manual_seed(0)
    x = torch.randn(1, 2, 5, 5, generator=g, dtype=torch.float64)
    w = torch.randn(3, 2, 3, 3, generator=g, dtype=torch.float64)
    y = torch.randn(1, 3, 3, 3, generator=g, dtype=torch.float64)
    lhs = (conv2d(x, w, stride=2, padding=1) * y).sum()
    rhs = (x * conv_transpose2d(y, w, stride=2, padding=1, output_padding=0)).sum()
    torch.testing.assert_close(lhs, rhs)


def test_conv_takes_an_empty_batch_as_torch_does():
    x, w = torch.randn(0, 4, 5, 5), torch.randn(6, 4, 3, 3)
    assert conv2d(x, w).shape == torch.nn.functional.conv2d(x, w).shape == (0, 6, 3, 3)
    wt = torch.randn(4, 2, 3, 3)
    assert conv_transpose2d(x, wt).shape == torch.nn.functional.conv_transpose2d(x, wt).shape


def test_conv_follows_the_device_and_integer_likes():
    meta_x, meta_w = torch.empty(2, 4, 6, 6, device="meta"), torch.empty(6, 2, 3, 3, device="meta")
    out = conv2d(meta_x, meta_w, stride=np.int64(2), padding=torch.tensor(1), groups=np.int32(2))
    assert out.device.type == "meta" and out.shape == F.conv2d(meta_x, meta_w, None, 2, 1, 1, 2).shape
    up = conv_transpose2d(torch.empty(1, 4, 3, 3, device="meta"), torch.empty(4, 1, 3, 3, device="meta"),
                          stride=(np.int64(2), 2), output_padding=1, groups=2)
    assert up.device.type == "meta" and up.shape == (1, 2, 8, 8)


def test_conv_takes_one_value_for_both_axes_as_torch_does():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(1, 2, 6, 6, generator=g, dtype=torch.float64)
    w = torch.randn(3, 2, 3, 3, generator=g, dtype=torch.float64)
    torch.testing.assert_close(conv2d(x, w, stride=(2,), padding=[1], dilation=(np.int64(1),)),
                               F.conv2d(x, w, stride=(2,), padding=[1], dilation=(1,)))
    wt = torch.randn(2, 3, 3, 3, generator=g, dtype=torch.float64)
    torch.testing.assert_close(conv_transpose2d(x, wt, stride=(2,), padding=[1], output_padding=(1,)),
                               F.conv_transpose2d(x, wt, stride=(2,), padding=[1], output_padding=(1,)))


def test_conv_transpose2d_with_a_huge_stride_on_one_row():
    """One input row or column is one stamp: a stride up to 2**63 - 1 must not overflow."""
    g = torch.Generator().manual_seed(0)
    x = torch.randn(1, 2, 1, 3, generator=g, dtype=torch.float64)
    wt = torch.randn(2, 3, 3, 3, generator=g, dtype=torch.float64)
    for stride in (2**40, 2**62, 2**63 - 1):
        torch.testing.assert_close(conv_transpose2d(x, wt, stride=(stride, 2)),
                                   F.conv_transpose2d(x, wt, stride=(2, 2)))


def test_conv_pads_an_empty_batch_of_empty_images_as_torch_does():
    x, w, wt = torch.randn(0, 4, 0, 5), torch.randn(6, 4, 3, 3), torch.randn(4, 3, 3, 3)
    assert conv2d(x, w, padding=2).shape == F.conv2d(x, w, padding=2).shape == (0, 6, 2, 7)
    assert conv_transpose2d(x, wt).shape == F.conv_transpose2d(x, wt).shape == (0, 3, 2, 7)


def test_an_allocator_refusal_is_a_value_error(monkeypatch):
    """Below 2**40 elements a size may still not fit: the allocator's error is reported as such."""
    def refuse(*args, **kwargs):
        raise RuntimeError("DefaultCPUAllocator: can't allocate memory: you tried to allocate 2**39 bytes")
    monkeypatch.setattr(F, "pad", refuse)
    with pytest.raises(ValueError, match=r"conv2d\(\): not enough memory for the padded input"):
        conv2d(torch.randn(1, 1, 3, 3), torch.randn(1, 1, 2, 2))
    monkeypatch.setattr(F, "pad", lambda *args, **kwargs: 1 / 0)
    with pytest.raises(ZeroDivisionError):  # other errors are not renamed
        conv2d(torch.randn(1, 1, 3, 3), torch.randn(1, 1, 2, 2))


@pytest.mark.parametrize("dtype", REFUSED)
def test_conv_refuses_dtypes_it_does_not_follow(dtype):
    with pytest.raises(TypeError, match="float32 or float64"):
        conv2d(torch.ones(1, 1, 3, 3).to(dtype), torch.ones(1, 1, 2, 2).to(dtype))
    with pytest.raises(TypeError, match="float32 or float64"):
        conv_transpose2d(torch.ones(1, 1, 3, 3).to(dtype), torch.ones(1, 1, 2, 2).to(dtype))


x, w = torch.randn(1, 4, 5, 5), torch.randn(6, 4, 3, 3)
wt = torch.randn(4, 3, 3, 3)
BAD_CALLS = [
    Bad(conv2d, (x.numpy(), w), TypeError, r"input must be a torch.Tensor, got ndarray"),
    Bad(conv2d, (x.half(), w.half()), TypeError, r"input must be float32 or float64, got torch.float16"),
    Bad(conv2d, (x, w.double()), TypeError, r"weight must have input's dtype"),
    Bad(conv2d, (x, w), TypeError, r"stride must be an int, got float", dict(stride=1.5)),
    Bad(conv2d, (x, w), TypeError, r"padding must be an int, got bool", dict(padding=True)),
    Bad(conv2d, (x, w), TypeError, r"groups must be an int, got float", dict(groups=2.0)),
    Bad(conv2d, (torch.randn(5, 5), w), ValueError, r"input must be 4-d \(N, C, H, W\) or 3-d"),
    Bad(conv2d, (x, torch.randn(6, 4, 3)), ValueError, r"weight must be 4-d"),
    Bad(conv2d, (x, torch.randn(6, 3, 3, 3)), ValueError, r"expects 3 input channels .* got 4"),
    Bad(conv2d, (x, torch.randn(6, 2, 3, 3)), ValueError, r"groups=3 must divide", dict(groups=3)),
    Bad(conv2d, (x, w, torch.randn(5)), ValueError, r"bias must have shape \(6,\)"),
    Bad(conv2d, (x, w), ValueError, r"stride must be >= 1, got 0", dict(stride=0)),
    Bad(conv2d, (x, w), ValueError, r"padding must be >= 0, got -1", dict(padding=-1)),
    Bad(conv2d, (x, w), ValueError, r"stride must be an int or 2 ints, got 3 values", dict(stride=(1, 1, 1))),
    Bad(conv2d, (x, w), ValueError, r"padding='same' needs stride 1", dict(padding="same", stride=2)),
    Bad(conv2d, (x, w), ValueError, r"padding must be 'valid', 'same' or ints, got 'full'", dict(padding="full")),
    Bad(conv2d, (x, torch.randn(6, 4, 7, 7)), ValueError, r"dilated kernel \(7, 7\) is larger than the padded input \(5, 5\)"),
    Bad(conv2d, (x, w), ValueError, r"too large to allocate", dict(padding=2**40)),
    Bad(conv2d, (x, w.to("meta")), ValueError, r"weight must be on input's device cpu, got meta"),
    Bad(conv2d, (x, torch.randn(6, 4, 0, 3)), ValueError, r"weight must have no empty dimension, got shape \(6, 4, 0, 3\)"),
    Bad(conv2d, (x, torch.randn(0, 4, 3, 3)), ValueError, r"weight must have no empty dimension"),
    Bad(conv2d, (torch.randn(1, 0, 5, 5), torch.randn(6, 0, 3, 3)), ValueError, r"weight must have no empty dimension"),
    Bad(conv_transpose2d, (x, torch.randn(4, 2, 3, 0)), ValueError, r"weight must have no empty dimension"),
    Bad(conv_transpose2d, ([1.0], wt), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(conv_transpose2d, (x.to(torch.complex64), wt), TypeError, r"input must be float32 or float64, got torch.complex64"),
    Bad(conv_transpose2d, (x, wt), TypeError, r"output_padding must be an int, got float", dict(output_padding=0.5)),
    Bad(conv_transpose2d, (x, wt), TypeError, r"dilation must be an int, got str", dict(dilation="1")),
    Bad(conv_transpose2d, (x, torch.randn(3, 4, 3, 3)), ValueError, r"weight's first dimension \(3\) must equal input channels \(4\)"),
    Bad(conv_transpose2d, (x, wt), ValueError, r"groups=3 must divide input channels \(4\)", dict(groups=3)),
    Bad(conv_transpose2d, (x, wt, torch.randn(4)), ValueError, r"bias must have shape \(3,\)"),
    Bad(conv_transpose2d, (x, wt), ValueError, r"output_padding \(1, 1\) must be smaller than stride \(1, 1\)", dict(output_padding=1)),
    Bad(conv_transpose2d, (x, wt), ValueError, r"output size \(-3, -3\) is not positive", dict(padding=5)),
    Bad(conv_transpose2d, (x, wt), ValueError, r"too large to allocate", dict(stride=2**40)),
    Bad(conv_transpose2d, (x, wt), ValueError, r"stride must be >= 1, got 0", dict(stride=0)),
    Bad(conv2d, (x, w), ValueError, r"stride must be <= 2\*\*63 - 1 \(torch's int64\), got 9223372036854775808",
        dict(stride=2**63), note="not im2col's TypeError"),
    Bad(conv2d, (x, w), ValueError, r"dilation must be <= 2\*\*63 - 1", dict(dilation=(1, 2**64))),
    Bad(conv_transpose2d, (x[..., :1, :1], wt), ValueError, r"stride must be <= 2\*\*63 - 1 \(torch's int64\), got 9223372036854775808",
        dict(stride=2**63)),
    Bad(conv2d, (x, w), ValueError, r"stride must be an int or 2 ints, got 0 values", dict(stride=())),
    Bad(conv2d, (torch.randn(1, 4, 0, 5), w), ValueError,
        r"input must have a non-zero height and width unless the batch is empty, got shape \(1, 4, 0, 5\)",
        dict(padding=2), note="empty image refused as torch does"),
    Bad(conv2d, (torch.randn(4, 5, 0), w), ValueError, r"non-zero height and width .* got shape \(4, 5, 0\)",
        dict(padding=2)),
    Bad(conv_transpose2d, (torch.randn(1, 4, 0, 5), wt), ValueError,
        r"input must have a non-zero height and width unless the batch is empty"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
