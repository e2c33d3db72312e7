"""batchnorm1d, instance_norm2d, layer_norm: the references equal nn.BatchNorm1d,
nn.InstanceNorm2d and nn.LayerNorm (outputs, gradients and running statistics, in training
and in evaluation) on float32 and float64."""

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import batchnorm1d, instance_norm2d, layer_norm

DTYPES = [torch.float32, torch.float64]
REFUSED = [torch.float16, torch.bfloat16, torch.complex64, torch.int64]
# float32 gradients of a near-constant group are rounding noise amplified by 1 / sqrt(eps)
TOL = {torch.float32: dict(rtol=1e-4, atol=1e-4), torch.float64: dict(rtol=1e-9, atol=1e-9)}


def _params(module):
    """Detached copies of the module's weight and bias (None where it has none)."""
    copy = lambda t: None if t is None else t.detach().clone().requires_grad_()  # noqa: E731
    return copy(getattr(module, "weight", None)), copy(getattr(module, "bias", None))


def _buffers(module):
    copy = lambda t: None if t is None else t.clone()  # noqa: E731
    return copy(module.running_mean), copy(module.running_var)


def _check_step(module, reference, x, dtype, seed):
    """One forward/backward of the module and of the reference; everything must agree."""
    weight, bias = _params(module)
    xs = [x.clone().requires_grad_() for _ in range(2)]
    expected = module(xs[0])
    got = reference(xs[1], weight, bias)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **TOL[dtype])
    upstream = torch.randn(x.shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))
    (expected * upstream).sum().backward()
    (got * upstream).sum().backward()
    torch.testing.assert_close(xs[1].grad, xs[0].grad, **TOL[dtype])
    if weight is not None:
        torch.testing.assert_close(weight.grad, module.weight.grad, **TOL[dtype])
        torch.testing.assert_close(bias.grad, module.bias.grad, **TOL[dtype])
        module.weight.grad = module.bias.grad = None


@given(
    batch=st.integers(2, 4), c=st.integers(1, 3), length=st.sampled_from([None, 1, 3]),
    affine=st.booleans(), track=st.booleans(), momentum=st.sampled_from([0.1, 0.5, 1.0, 0.0]),
    dtype=st.sampled_from(DTYPES), seed=st.integers(0, 2**16),
)
def test_batchnorm1d_equals_nn_batchnorm1d(batch, c, length, affine, track, momentum, dtype, seed):
    torch.manual_seed(seed)
    bn = nn.BatchNorm1d(c, momentum=momentum, affine=affine, track_running_stats=track, dtype=dtype)
    if affine:
        with torch.no_grad():
            bn.weight.uniform_(0.5, 2.0)
            bn.bias.normal_()
    mean, var = _buffers(bn)
    shape = (batch, c) if length is None else (batch, c, length)
    for step in range(2):  # two training steps move the running statistics twice
        x = torch.randn(shape, dtype=dtype) * 3 + 1
        _check_step(bn, lambda x, w, b: batchnorm1d(x, mean, var, w, b, True, momentum, bn.eps),
                    x, dtype, seed + step)
        if track:
            torch.testing.assert_close(mean, bn.running_mean, **TOL[dtype])
            torch.testing.assert_close(var, bn.running_var, **TOL[dtype])
    if track:
        bn.eval()
        x = torch.randn(shape, dtype=dtype)
        _check_step(bn, lambda x, w, b: batchnorm1d(x, mean, var, w, b, False, momentum, bn.eps),
                    x, dtype, seed)


@given(
    batch=st.sampled_from([None, 1, 2]), c=st.integers(1, 3),
    hw=st.tuples(st.integers(1, 3), st.integers(2, 3)),
    affine=st.booleans(), track=st.booleans(), momentum=st.sampled_from([0.1, 0.7]),
    dtype=st.sampled_from(DTYPES), seed=st.integers(0, 2**16),
)
def test_instance_norm2d_equals_nn_instancenorm2d(batch, c, hw, affine, track, momentum, dtype, seed):
    torch.manual_seed(seed)
    norm = nn.InstanceNorm2d(c, momentum=momentum, affine=affine, track_running_stats=track, dtype=dtype)
    if affine:
        with torch.no_grad():
            norm.weight.uniform_(0.5, 2.0)
            norm.bias.normal_()
    mean, var = _buffers(norm) if track else (None, None)
    shape = (c, *hw) if batch is None else (batch, c, *hw)
    x = torch.randn(shape, dtype=dtype) * 2 - 1
    _check_step(norm, lambda x, w, b: instance_norm2d(x, mean, var, w, b, True, momentum, norm.eps),
                x, dtype, seed)
    if track:
        torch.testing.assert_close(mean, norm.running_mean, **TOL[dtype])
        torch.testing.assert_close(var, norm.running_var, **TOL[dtype])
    norm.eval()  # eval: running statistics if tracked, else the instance's own
    x = torch.randn(shape, dtype=dtype)
    _check_step(norm, lambda x, w, b: instance_norm2d(x, mean, var, w, b, not track, momentum, norm.eps),
                x, dtype, seed)


@given(
    lead=st.lists(st.integers(1, 3), min_size=0, max_size=2),
    normalized=st.lists(st.integers(1, 4), min_size=1, max_size=2),
    affine=st.booleans(), use_bias=st.booleans(), eps=st.sampled_from([1e-5, 1e-3, 0.5]),
    dtype=st.sampled_from(DTYPES), seed=st.integers(0, 2**16),
)
def test_layer_norm_equals_nn_layernorm(lead, normalized, affine, use_bias, eps, dtype, seed):
    torch.manual_seed(seed)
    ln = nn.LayerNorm(normalized, eps=eps, elementwise_affine=affine, bias=use_bias, dtype=dtype)
    if affine:
        with torch.no_grad():
            ln.weight.uniform_(0.5, 2.0)
            if use_bias:
                ln.bias.normal_()
    weight, bias = _params(ln)
    xs = [(torch.randn(*lead, *normalized, dtype=dtype) * 4).requires_grad_() for _ in range(1)]
    xs.append(xs[0].detach().clone().requires_grad_())
    expected, got = ln(xs[0]), layer_norm(xs[1], normalized, weight, bias, eps)
    torch.testing.assert_close(got, expected, **TOL[dtype])
    upstream = torch.randn(expected.shape, dtype=dtype)
    (expected * upstream).sum().backward()
    (got * upstream).sum().backward()
    torch.testing.assert_close(xs[1].grad, xs[0].grad, **TOL[dtype])
    for mine, theirs in ((weight, ln.weight), (bias, ln.bias)):
        if mine is not None:
            torch.testing.assert_close(mine.grad, theirs.grad, **TOL[dtype])


def test_norms_on_empty_inputs_as_torch():
    """An empty batch: BatchNorm returns it and keeps its statistics; InstanceNorm's become NaN."""
    for shape in [(0, 3), (0, 3, 4)]:
        bn = nn.BatchNorm1d(3)
        mean, var = _buffers(bn)
        assert batchnorm1d(torch.zeros(shape), mean, var, training=True).shape == bn(torch.zeros(shape)).shape
        assert torch.equal(mean, bn.running_mean) and torch.equal(var, bn.running_var)
    norm = nn.InstanceNorm2d(3, track_running_stats=True)
    mean, var = _buffers(norm)
    norm(torch.zeros(0, 3, 2, 2))
    instance_norm2d(torch.zeros(0, 3, 2, 2), mean, var)
    torch.testing.assert_close(mean, norm.running_mean, equal_nan=True)
    torch.testing.assert_close(var, norm.running_var, equal_nan=True)
    assert layer_norm(torch.zeros(2, 0), 0).shape == torch.nn.functional.layer_norm(torch.zeros(2, 0), (0,)).shape


def test_instance_norm2d_empty_maps_leave_running_statistics_as_torch():
    """Maps with no element (H or W is 0): torch leaves the running statistics as they were."""
    for shape in [(2, 3, 0, 4), (2, 3, 4, 0), (3, 0, 4)]:
        norm = nn.InstanceNorm2d(3, track_running_stats=True)
        mean, var = _buffers(norm)
        x = torch.zeros(shape)
        assert instance_norm2d(x, mean, var).shape == norm(x).shape
        torch.testing.assert_close(mean, norm.running_mean)
        torch.testing.assert_close(var, norm.running_var)
        assert not mean.isnan().any()


def test_norms_follow_the_device_and_integer_likes():
    meta = torch.empty(4, 3, 5, device="meta")
    rm, rv = torch.zeros(3, device="meta"), torch.ones(3, device="meta")
    assert batchnorm1d(meta, rm, rv, training=True).device.type == "meta"
    assert instance_norm2d(torch.empty(2, 3, 4, 4, device="meta")).device.type == "meta"
    assert layer_norm(meta, (np.int64(3), torch.tensor(5))).shape == (4, 3, 5)
    assert layer_norm(torch.randn(2, 5), np.int32(5)).shape == (2, 5)


@pytest.mark.parametrize("dtype", REFUSED)
def test_norms_refuse_dtypes_they_do_not_follow(dtype):
    x = torch.ones(2, 3, 4, 4).to(dtype)
    for call in (lambda: batchnorm1d(x[..., 0], None, None, training=True),
                 lambda: instance_norm2d(x), lambda: layer_norm(x, 4)):
        with pytest.raises(TypeError, match="float32 or float64"):
            call()


x2, x3 = torch.randn(4, 3), torch.randn(4, 3, 5)
rm, rv, w3 = torch.zeros(3), torch.ones(3), torch.ones(3)
img = torch.randn(2, 3, 4, 4)
BAD_CALLS = [
    Bad(batchnorm1d, ([[1.0]], rm, rv), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(batchnorm1d, (x2.half(), rm, rv), TypeError, r"input must be float32 or float64, got torch.float16"),
    Bad(batchnorm1d, (x2, rm.double(), rv), TypeError, r"running_mean must have input's dtype"),
    Bad(batchnorm1d, (x2, rm, rv), TypeError, r"training must be a bool, got int", dict(training=1)),
    Bad(batchnorm1d, (x2, rm, rv), TypeError, r"momentum must be a float, got NoneType", dict(momentum=None)),
    Bad(batchnorm1d, (x2, rm, rv), TypeError, r"eps must be a float, got str", dict(eps="1e-5")),
    Bad(batchnorm1d, (torch.randn(4), rm, rv), ValueError, r"input must be 2-d \(N, C\) or 3-d \(N, C, L\), got a 1-d"),
    Bad(batchnorm1d, (x2, torch.zeros(4), rv), ValueError, r"running_mean must have shape \(3,\), got \(4,\)"),
    Bad(batchnorm1d, (x2, rm, rv, torch.ones(2)), ValueError, r"weight must have shape \(3,\), got \(2,\)"),
    Bad(batchnorm1d, (x2, rm, None), ValueError, r"give both running_mean and running_var, or neither"),
    Bad(batchnorm1d, (x2, None, None), ValueError, r"evaluation \(training=False\) needs running_mean and running_var"),
    Bad(batchnorm1d, (torch.randn(1, 3), rm, rv), ValueError, r"expected more than 1 value per channel when training", dict(training=True)),
    Bad(batchnorm1d, (x2, rm, rv), ValueError, r"momentum must be in \[0, 1\], got 1.5", dict(momentum=1.5)),
    Bad(batchnorm1d, (x2, rm, rv), ValueError, r"eps must be > 0, got 0", dict(eps=0)),
    Bad(batchnorm1d, (x2, rm, rv), ValueError, r"eps must be finite, got nan", dict(eps=float("nan"))),
    Bad(batchnorm1d, (x2, rm.to("meta"), rv), ValueError, r"running_mean must be on input's device cpu, got meta"),
    Bad(batchnorm1d, (x2, torch.zeros(1).expand(3), rv), ValueError, r"batchnorm1d\(\): the running statistics cannot be updated in place", dict(training=True)),
    Bad(instance_norm2d, (np.ones((2, 3, 4, 4)),), TypeError, r"input must be a torch.Tensor, got ndarray"),
    Bad(instance_norm2d, (img.long(),), TypeError, r"input must be float32 or float64, got torch.int64"),
    Bad(instance_norm2d, (img,), TypeError, r"use_input_stats must be a bool, got str", dict(use_input_stats="yes")),
    Bad(instance_norm2d, (img, None, None, w3.double()), TypeError, r"weight must have input's dtype"),
    Bad(instance_norm2d, (img,), TypeError, r"momentum must be a float, got bool", dict(momentum=True)),
    Bad(instance_norm2d, (torch.randn(3, 4),), ValueError, r"input must be 4-d \(N, C, H, W\) or 3-d \(C, H, W\), got a 2-d"),
    Bad(instance_norm2d, (img, torch.zeros(2), torch.ones(2)), ValueError, r"running_mean must have shape \(3,\), got \(2,\)"),
    Bad(instance_norm2d, (img, rm), ValueError, r"give both running_mean and running_var, or neither"),
    Bad(instance_norm2d, (img,), ValueError, r"use_input_stats=False needs running_mean and running_var", dict(use_input_stats=False)),
    Bad(instance_norm2d, (torch.randn(2, 3, 1, 1),), ValueError, r"expected more than 1 spatial element per map"),
    Bad(instance_norm2d, (img,), ValueError, r"eps must be > 0, got -1", dict(eps=-1)),
    Bad(layer_norm, ("x", 3), TypeError, r"input must be a torch.Tensor, got str"),
    Bad(layer_norm, (x3.to(torch.complex64), 5), TypeError, r"input must be float32 or float64, got torch.complex64"),
    Bad(layer_norm, (x3, 5.0), TypeError, r"normalized_shape must be an int, got float"),
    Bad(layer_norm, (x3, (3, True)), TypeError, r"normalized_shape must be an int, got bool"),
    Bad(layer_norm, (x3, 5, torch.ones(5).double()), TypeError, r"weight must have input's dtype"),
    Bad(layer_norm, (x3, 5), TypeError, r"eps must be a float, got list", dict(eps=[1e-5])),
    Bad(layer_norm, (x3, 3), ValueError, r"input's trailing shape must be normalized_shape \(3,\), got input of shape \(4, 3, 5\)"),
    Bad(layer_norm, (x3, (2, 4, 3, 5)), ValueError, r"input's trailing shape must be normalized_shape"),
    Bad(layer_norm, (x3, ()), ValueError, r"normalized_shape must name at least one dimension"),
    Bad(layer_norm, (x3, -5), ValueError, r"normalized_shape must be >= 0, got -5"),
    Bad(layer_norm, (x3, 5, torch.ones(3)), ValueError, r"weight must have shape \(5,\), got \(3,\)"),
    Bad(layer_norm, (x3, 5, None, torch.ones(5, device="meta")), ValueError, r"bias must be on input's device cpu, got meta"),
    Bad(layer_norm, (x3, 5), ValueError, r"eps must be > 0, got 0.0", dict(eps=0.0)),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
