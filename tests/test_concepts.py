"""concepts: each reference equals torch - the MLP forward and its hand-written backward equal
nn.Sequential and autograd, the parameter count equals numel, reset_linear_ equals nn.Linear's
and nn.Conv2d's initialisation bit for bit, BasicBlock equals torchvision's with the same
weights, LoRALinear equals F.linear with the merged weight, and clip_loss equals the loss
written with F.normalize and F.cross_entropy (outputs and gradients)."""

import copy
import math
import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from torchnotes.concepts import (
    BasicBlock, LoRALinear, clip_loss, mlp_parameter_count, reset_linear_, two_layer_backward,
    two_layer_forward,
)

FLOATS = st.sampled_from([torch.float32, torch.float64])
TOL = {torch.float32: {"rtol": 1e-4, "atol": 1e-5}, torch.float64: {"rtol": 1e-10, "atol": 1e-12}}


def mlp(sizes, dtype, seed):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Linear(sizes[0], sizes[1]), nn.ReLU(), nn.Linear(sizes[1], sizes[2])).to(dtype)
    with torch.no_grad():  # exact zeros at the ReLU: its gradient there is 0, not 1
        net[0].bias[::2] = 0
    return net


@given(st.lists(st.integers(1, 5), min_size=3, max_size=3), st.integers(0, 4), FLOATS,
       st.integers(0, 2**16), st.booleans())
def test_two_layer_forward_equals_nn_sequential(sizes, batch, dtype, seed, zero_input):
    net = mlp(sizes, dtype, seed)
    x = torch.zeros(batch, sizes[0], dtype=dtype) if zero_input else torch.randn(batch, sizes[0], dtype=dtype)
    x.requires_grad_()
    weights = [net[0].weight, net[0].bias, net[2].weight, net[2].bias]
    expected = net(x)
    got = two_layer_forward(x, *weights)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, **TOL[dtype])
    if batch:
        for a, b in zip(torch.autograd.grad(expected.sum(), [x, *weights]),
                        torch.autograd.grad(got.sum(), [x, *weights])):
            torch.testing.assert_close(b, a, **TOL[dtype])


@given(st.lists(st.integers(1, 5), min_size=3, max_size=3), st.integers(1, 4), FLOATS,
       st.integers(0, 2**16), st.booleans())
def test_two_layer_backward_equals_autograd(sizes, batch, dtype, seed, zero_input):
    net = mlp(sizes, dtype, seed)
    x = torch.zeros(batch, sizes[0], dtype=dtype) if zero_input else torch.randn(batch, sizes[0], dtype=dtype)
    x.requires_grad_()
    target = torch.randn(batch, sizes[2], dtype=dtype)
    loss = F.mse_loss(net(x), target)
    loss.backward()
    got = two_layer_backward(x.detach(), target, net[0].weight, net[0].bias, net[2].weight, net[2].bias)
    torch.testing.assert_close(got["loss"], loss.detach(), **TOL[dtype])
    for key, grad in (("weight1", net[0].weight.grad), ("bias1", net[0].bias.grad),
                      ("weight2", net[2].weight.grad), ("bias2", net[2].bias.grad), ("input", x.grad)):
        torch.testing.assert_close(got[key], grad, **TOL[dtype])
        assert not got[key].requires_grad


@given(st.lists(st.integers(0, 6), min_size=2, max_size=5), st.booleans())
def test_mlp_parameter_count_equals_numel(sizes, bias):
    with warnings.catch_warnings():  # "Initializing zero-element tensors is a no-op"
        warnings.simplefilter("ignore")
        layers = [nn.Linear(a, b, bias=bias) for a, b in zip(sizes, sizes[1:])]
    assert mlp_parameter_count(sizes, bias=bias) == sum(p.numel() for m in layers for p in m.parameters())
    assert mlp_parameter_count([np.int64(s) for s in sizes], bias) == mlp_parameter_count(sizes, bias)


def test_mlp_parameter_count_has_no_size_limit():
    assert mlp_parameter_count([2**40, 2**40]) == 2**80 + 2**40


@given(st.integers(0, 6), st.integers(0, 6), st.integers(0, 2**16),
       st.sampled_from([torch.float32, torch.float64, torch.float16, torch.bfloat16]), st.booleans())
def test_reset_linear_equals_nn_linear(in_features, out_features, seed, dtype, bias):
    torch.manual_seed(seed)
    with pytest.warns(UserWarning) if in_features * out_features == 0 else _nothing():
        layer = nn.Linear(in_features, out_features, bias=bias, dtype=dtype)
    w = torch.full((out_features, in_features), 7.0, dtype=dtype)
    b = torch.full((out_features,), 7.0, dtype=dtype) if bias else None
    torch.manual_seed(seed)
    reset_linear_(w, b)
    if in_features * out_features:
        assert torch.equal(w, layer.weight)
    if bias:
        assert torch.equal(b, layer.bias)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@given(st.integers(1, 4), st.integers(1, 4), st.integers(1, 3), st.sampled_from([1, 2]), st.integers(0, 2**16))
def test_reset_linear_equals_conv2d_with_a_generator(cin, cout, k, groups, seed):
    layer = nn.Conv2d(cin * groups, cout * groups, k, groups=groups)
    g = torch.Generator().manual_seed(seed)
    w, b = torch.empty_like(layer.weight), torch.empty_like(layer.bias)
    reset_linear_(w, b, generator=g)
    torch.manual_seed(seed)
    layer.reset_parameters()
    assert torch.equal(w, layer.weight) and torch.equal(b, layer.bias)


def test_reset_linear_bounds_are_one_over_sqrt_fan_in():
    for fan_in in (1, 3, 100, 4096):
        wb, bb = reset_linear_(torch.empty(2, fan_in), torch.empty(2))
        assert math.isclose(wb, 1 / math.sqrt(fan_in), rel_tol=1e-15) and bb == 1 / math.sqrt(fan_in)


def test_reset_linear_follows_the_device():
    w, b = torch.empty(3, 4, device="meta"), torch.empty(3, device="meta")
    assert reset_linear_(w, b) == (pytest.approx(0.5), 0.5)


def tv_block(cin, cout, stride):
    TV = pytest.importorskip("torchvision.models.resnet").BasicBlock

    down = None
    if stride != 1 or cin != cout:
        down = nn.Sequential(nn.Conv2d(cin, cout, 1, stride=stride, bias=False), nn.BatchNorm2d(cout))
    return TV(cin, cout, stride, down)


# convolutions and their backward are the slow part of the suite: fewer, still varied, cases
@settings(max_examples=12)
@given(st.integers(1, 3), st.integers(1, 3), st.sampled_from([1, 2]), FLOATS, st.integers(0, 2**16), st.booleans())
def test_basic_block_equals_torchvision(cin, cout, stride, dtype, seed, training):
    torch.manual_seed(seed)
    ours = BasicBlock(cin, cout, stride).to(dtype)
    theirs = tv_block(cin, cout, stride).to(dtype)
    with torch.no_grad():  # non-trivial BatchNorm parameters and statistics
        for m in ours.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.weight.uniform_(0.5, 1.5), m.bias.uniform_(-0.5, 0.5)
                m.running_mean.uniform_(-1, 1), m.running_var.uniform_(0.5, 2)
    theirs.load_state_dict(ours.state_dict())  # same names, strict
    ours.train(training), theirs.train(training)
    x = torch.randn(2, cin, 5, 5, dtype=dtype, requires_grad=True)
    a, b = ours(x), theirs(x)
    torch.testing.assert_close(a, b, **TOL[dtype])
    ga = torch.autograd.grad(a.square().sum(), [x, *ours.parameters()])
    gb = torch.autograd.grad(b.square().sum(), [x, *theirs.parameters()])
    for u, v in zip(ga, gb):
        torch.testing.assert_close(u, v, **TOL[dtype])
    for (name, u), v in zip(ours.state_dict().items(), theirs.state_dict().values()):
        torch.testing.assert_close(u, v, **TOL[dtype], msg=name)  # running statistics alike


def test_zero_init_residual_starts_as_relu():
    block = BasicBlock(3, 3, zero_init_residual=True).eval()
    x = torch.randn(2, 3, 4, 4)
    assert torch.equal(block(x), torch.relu(x))


@given(st.integers(1, 5), st.integers(1, 5), st.integers(1, 3), st.floats(0.5, 32), FLOATS,
       st.integers(0, 2**16))
def test_lora_equals_linear_with_the_merged_weight(fin, fout, r, alpha, dtype, seed):
    torch.manual_seed(seed)
    base = nn.Linear(fin, fout).to(dtype)
    x = torch.randn(3, fin, dtype=dtype)
    frozen = copy.deepcopy(base)
    lora = LoRALinear(base, r=r, alpha=alpha)
    assert torch.equal(lora(x), frozen(x)), "B = 0: exactly the base output at the start"
    with torch.no_grad():
        lora.lora_B.normal_()
    A, B = lora.lora_A.detach().clone().requires_grad_(), lora.lora_B.detach().clone().requires_grad_()
    expected = F.linear(x, frozen.weight + (alpha / r) * B @ A, frozen.bias)
    got = lora(x)
    torch.testing.assert_close(got, expected, **TOL[dtype])
    ga = torch.autograd.grad(got.square().sum(), [lora.lora_A, lora.lora_B])
    gb = torch.autograd.grad(expected.square().sum(), [A, B])
    for u, v in zip(ga, gb):
        torch.testing.assert_close(u, v, **TOL[dtype])
    assert not base.weight.requires_grad and not base.bias.requires_grad
    lora.merge()
    torch.testing.assert_close(lora(x), got.detach(), **TOL[dtype])
    lora.unmerge()
    torch.testing.assert_close(base.weight, frozen.weight, **TOL[dtype])


def reference_clip(img, txt, logit_scale):
    logits = logit_scale.exp().clamp(max=100) * F.normalize(img, dim=1) @ F.normalize(txt, dim=1).T
    labels = torch.arange(len(img))
    return (F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)) / 2


@given(st.integers(1, 5), st.integers(1, 4), FLOATS, st.integers(0, 2**16),
       st.sampled_from([0.0, math.log(1 / 0.07), 3.0, math.log(200)]), st.booleans())
def test_clip_loss_equals_cross_entropy_both_ways(n, d, dtype, seed, scale, zero_row):
    torch.manual_seed(seed)
    img = torch.randn(n, d, dtype=dtype)
    txt = torch.randn(n, d, dtype=dtype)
    if zero_row:
        img[0] = 0  # F.normalize's eps: no NaN
    img.requires_grad_(), txt.requires_grad_()
    s1 = torch.tensor(scale, dtype=dtype, requires_grad=True)
    s2 = s1.detach().clone().requires_grad_()
    got, expected = clip_loss(img, txt, s1), reference_clip(img, txt, s2)
    torch.testing.assert_close(got, expected, **TOL[dtype])
    ga = torch.autograd.grad(got, [img, txt, s1])
    gb = torch.autograd.grad(expected, [img, txt, s2])
    # logits up to 100 times cosines: float32 rounding of the softmax is ~100 * 2**-24
    tol = {"rtol": 1e-4, "atol": 1e-4} if dtype == torch.float32 else TOL[dtype]
    for u, v in zip(ga, gb):
        torch.testing.assert_close(u, v, **tol)
    if scale > math.log(100):
        assert ga[2] == 0, "the cap stops the gradient of logit_scale"


def test_clip_loss_accepts_a_number():
    img, txt = torch.randn(3, 4), torch.randn(3, 4)
    assert torch.equal(clip_loss(img, txt, 2.0), clip_loss(img, txt, torch.tensor(2.0)))


x2, w_in, b_h, w_out, b_out = torch.ones(2, 3), torch.ones(4, 3), torch.ones(4), torch.ones(2, 4), torch.ones(2)
MLP = (x2, w_in, b_h, w_out, b_out)
merged = LoRALinear(nn.Linear(2, 2))
merged.merge()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the strided nested layout's prototype warning
    NESTED = torch.nested.nested_tensor([torch.ones(2, 3), torch.ones(2, 3)])


def test_basic_block_refuses_one_value_per_channel_in_training_like_torch():
    block = BasicBlock(2, 4, stride=2)
    with pytest.raises(ValueError, match="Expected more than 1 value per channel"):
        F.relu(block.bn1(block.conv1(torch.ones(1, 2, 2, 2))))  # torch's own BatchNorm refuses it
    with pytest.raises(ValueError, match=r"input of shape \(1, 2, 2, 2\) gives BatchNorm 1 value per channel"):
        block(torch.ones(1, 2, 2, 2))
    assert block(torch.ones(2, 2, 2, 2)).shape == (2, 4, 1, 1)  # two values per channel
    assert block.eval()(torch.ones(1, 2, 2, 2)).shape == (1, 4, 1, 1)  # running statistics


def test_reset_linear_refuses_an_expanded_view_like_torch():
    with pytest.raises(RuntimeError, match="single memory location"):
        nn.init.kaiming_uniform_(torch.empty(3, 1).expand(3, 2), a=math.sqrt(5))
    weight, bias = torch.zeros(3, 2), torch.zeros(3)
    with pytest.raises(ValueError, match="bias must not be an expanded view"):
        reset_linear_(weight, torch.zeros(1).expand(3))
    assert torch.equal(weight, torch.zeros(3, 2))  # refused before the weight was drawn
    assert reset_linear_(torch.empty(0, 1).expand(0, 2)) == (0.0, 1 / math.sqrt(2))  # empty: nothing to write

BAD_CALLS = [
    Bad(two_layer_forward, ([[1.0]], w_in, b_h, w_out, b_out), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(two_layer_forward, (x2.half(), w_in, b_h, w_out, b_out), TypeError, r"input must be float32 or float64, got torch.float16"),
    Bad(two_layer_forward, (x2.long(), w_in, b_h, w_out, b_out), TypeError, r"input must be float32 or float64, got torch.int64"),
    Bad(two_layer_forward, (x2, w_in.double(), b_h, w_out, b_out), TypeError, r"weight1 must have input's dtype torch.float32"),
    Bad(two_layer_forward, (torch.ones(3), w_in, b_h, w_out, b_out), ValueError, r"input must be 2-d, got shape \(3,\)"),
    Bad(two_layer_forward, (torch.ones(2, 5), w_in, b_h, w_out, b_out), ValueError, r"weight1 must have shape \(4, 5\), got \(4, 3\)"),
    Bad(two_layer_forward, (x2, w_in, torch.ones(3), w_out, b_out), ValueError, r"bias1 must have shape \(4,\), got \(3,\)"),
    Bad(two_layer_forward, (x2, w_in, b_h, torch.ones(2, 3), b_out), ValueError, r"weight2 must have shape \(2, 4\), got \(2, 3\)"),
    Bad(two_layer_forward, (x2, w_in, b_h, w_out, torch.ones(3)), ValueError, r"bias2 must have shape \(2,\), got \(3,\)"),
    Bad(two_layer_forward, (x2, w_in, b_h, w_out, None), TypeError, r"bias2 must be a torch.Tensor, got NoneType"),
    Bad(two_layer_forward, (x2, w_in.to("meta"), b_h, w_out, b_out), ValueError, r"weight1 must be on input's device cpu, got meta"),
    Bad(two_layer_backward, (*MLP[:1], torch.ones(2, 3), *MLP[1:]), ValueError, r"target must have shape \(2, 2\), got \(2, 3\)"),
    Bad(two_layer_backward, (*MLP[:1], torch.ones(2, 2).double(), *MLP[1:]), TypeError, r"target must have input's dtype"),
    Bad(two_layer_backward, (*MLP[:1], None, *MLP[1:]), TypeError, r"target must be a torch.Tensor, got NoneType"),
    Bad(two_layer_backward, (x2.to(torch.complex64), torch.ones(2, 2), *MLP[1:]), TypeError, r"input must be float32 or float64, got torch.complex64"),
    Bad(mlp_parameter_count, ("784 10",), TypeError, r"sizes must be a sequence of integers, got str"),
    Bad(mlp_parameter_count, (784,), TypeError, r"sizes must be a sequence of integers, got int"),
    Bad(mlp_parameter_count, ([784, 2.5],), TypeError, r"sizes\[1\] must be an int, got float"),
    Bad(mlp_parameter_count, ([784, True],), TypeError, r"sizes\[1\] must be an int, got bool"),
    Bad(mlp_parameter_count, ([784, -1],), ValueError, r"sizes\[1\] must be >= 0, got -1"),
    Bad(mlp_parameter_count, ([784],), ValueError, r"sizes needs at least two entries .* got 1"),
    Bad(mlp_parameter_count, (range(2**62),), ValueError, r"sizes may describe at most 1048576 layers, got 4611686018427387903"),
    Bad(mlp_parameter_count, (range(2**64),), ValueError, r"sizes may describe at most 1048576 layers, got more than 2\*\*63"),
    Bad(mlp_parameter_count, ([3, 4], 1), TypeError, r"bias must be a bool, got int"),
    Bad(reset_linear_, ([[1.0]],), TypeError, r"weight must be a torch.Tensor, got list"),
    Bad(reset_linear_, (torch.zeros(2, 2, dtype=torch.int64),), TypeError, r"weight must be a dense floating-point tensor, got torch.int64"),
    Bad(reset_linear_, (torch.zeros(2, 2, dtype=torch.complex64),), TypeError, r"weight must be a dense floating-point tensor, got torch.complex64"),
    Bad(reset_linear_, (torch.zeros(3),), ValueError, r"weight must be at least 2-d .* got shape \(3,\)"),
    Bad(reset_linear_, (torch.zeros(3, 2), torch.zeros(2)), ValueError, r"bias must be 1-d with out_features=3 elements, got shape \(2,\)"),
    Bad(reset_linear_, (torch.zeros(3, 2), torch.zeros(3).double()), TypeError, r"bias must have weight's dtype torch.float32, got torch.float64"),
    Bad(reset_linear_, (torch.zeros(3, 2), torch.zeros(3, device="meta")), ValueError, r"bias must be on weight's device cpu, got meta"),
    Bad(reset_linear_, (torch.zeros(3, 2),), TypeError, r"generator must be a torch.Generator or None, got int", {"generator": 0}),
    Bad(reset_linear_, (torch.zeros(3, 2, device="meta"),), ValueError, r"generator is on cpu, weight on meta",
        {"generator": torch.Generator()}),
    Bad(BasicBlock, (2.0, 4), TypeError, r"in_channels must be an int, got float"),
    Bad(BasicBlock, (2, 0), ValueError, r"out_channels must be >= 1, got 0"),
    Bad(BasicBlock, (2, 4, True), TypeError, r"stride must be an int, got bool"),
    Bad(BasicBlock, (2, 4, 0), ValueError, r"stride must be >= 1, got 0"),
    Bad(BasicBlock, (2**40, 2**40), ValueError, r"in_channels=1099511627776, out_channels=1099511627776 give weights too large"),
    Bad(BasicBlock, (2, 4, 1, 1), TypeError, r"zero_init_residual must be a bool, got int"),
    Bad(BasicBlock.forward, (BasicBlock(2, 2), torch.ones(2, 2, 4)), ValueError, r"input must be 4-d, got shape \(2, 2, 4\)"),
    Bad(BasicBlock.forward, (BasicBlock(2, 2), torch.ones(1, 3, 4, 4)), ValueError, r"input must have 2 channels, got shape \(1, 3, 4, 4\)"),
    Bad(BasicBlock.forward, (BasicBlock(2, 2), torch.ones(1, 2, 4, 4).double()), TypeError, r"input must have the block's dtype torch.float32"),
    Bad(BasicBlock.forward, (BasicBlock(2, 2), torch.ones(1, 2, 4, 4).half()), TypeError, r"input must be float32 or float64, got torch.float16"),
    Bad(BasicBlock.forward, (BasicBlock(2, 2), np.ones((1, 2, 4, 4))), TypeError, r"input must be a torch.Tensor, got ndarray"),
    Bad(LoRALinear, (nn.Conv2d(2, 2, 1),), TypeError, r"base must be an nn.Linear, got Conv2d"),
    Bad(LoRALinear, (nn.Linear(2, 2).half(),), TypeError, r"base's weight must be float32 or float64, got torch.float16"),
    Bad(LoRALinear, (nn.Linear(2, 2), 0), ValueError, r"r must be >= 1, got 0"),
    Bad(LoRALinear, (nn.Linear(2, 2), 2**40), ValueError, r"r=1099511627776 gives A and B too large to allocate"),
    Bad(LoRALinear, (nn.Linear(2, 2), np.int64(2)), TypeError, r"alpha must be a real number, got str", {"alpha": "2"}),
    Bad(LoRALinear, (nn.Linear(2, 2), 2.0), TypeError, r"r must be an int, got float"),
    Bad(LoRALinear, (nn.Linear(2, 2), 2, 0), ValueError, r"alpha must be > 0 and finite, got 0.0"),
    Bad(LoRALinear, (nn.Linear(2, 2), 2, float("nan")), ValueError, r"alpha must be > 0 and finite, got nan"),
    Bad(LoRALinear, (nn.Linear(2, 2), 2, "16"), TypeError, r"alpha must be a real number, got str"),
    Bad(LoRALinear.forward, (LoRALinear(nn.Linear(2, 2)), torch.ones(3)), ValueError, r"input must have shape \(\*, 2\), got \(3,\)"),
    Bad(LoRALinear.forward, (LoRALinear(nn.Linear(2, 2)), torch.tensor(1.0)), ValueError, r"input must have shape \(\*, 2\), got \(\)"),
    Bad(LoRALinear.forward, (LoRALinear(nn.Linear(2, 2)), torch.ones(2).double()), TypeError, r"input must have the layer's dtype"),
    Bad(LoRALinear.forward, (LoRALinear(nn.Linear(2, 2)), [1.0, 2.0]), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(LoRALinear.merge, (merged,), ValueError, r"already merged"),
    Bad(LoRALinear.unmerge, (LoRALinear(nn.Linear(2, 2)),), ValueError, r"not merged"),
    Bad(clip_loss, (torch.ones(2, 3), torch.ones(3, 3), 1.0), ValueError, r"must have the same shape \(batch, dim\), got \(2, 3\) and \(3, 3\)"),
    Bad(clip_loss, (torch.ones(0, 3), torch.ones(0, 3), 1.0), ValueError, r"the batch is empty"),
    Bad(clip_loss, (torch.ones(3), torch.ones(3), 1.0), ValueError, r"image_features must be 2-d, got shape \(3,\)"),
    Bad(clip_loss, (torch.ones(2, 3), torch.ones(2, 3).double(), 1.0), TypeError, r"text_features must have image_features's dtype"),
    Bad(clip_loss, (torch.ones(2, 3).half(), torch.ones(2, 3).half(), 1.0), TypeError, r"image_features must be float32 or float64, got torch.float16"),
    Bad(clip_loss, (torch.ones(2, 3), torch.ones(2, 3), torch.ones(1)), ValueError, r"logit_scale must be 0-d, got shape \(1,\)"),
    Bad(clip_loss, (torch.ones(2, 3), torch.ones(2, 3), True), TypeError, r"logit_scale must be a 0-d tensor or a real number, got bool"),
    Bad(clip_loss, (torch.ones(2, 3), torch.ones(2, 3), "1"), TypeError, r"logit_scale must be a 0-d tensor or a real number, got str"),
    Bad(clip_loss, (torch.ones(2, 3), torch.ones(2, 3, device="meta"), 1.0), ValueError, r"text_features must be on image_features's device cpu, got meta"),
    Bad(clip_loss, (NESTED, NESTED, 1.0), TypeError, r"image_features must be a dense \(strided\) tensor, got layout torch.strided \(nested\)"),
    Bad(clip_loss, (torch.ones(2, 3), torch.ones(2, 3), 10**400), ValueError, r"logit_scale must fit in a float, got an int too large"),
    Bad(two_layer_forward, (NESTED, w_in, b_h, w_out, b_out), TypeError, r"input must be a dense \(strided\) tensor, got layout torch.strided \(nested\)"),
    Bad(mlp_parameter_count, ([3, 4], np.bool_(True)), TypeError, r"bias must be a bool, got numpy.bool"),
    Bad(reset_linear_, (NESTED,), TypeError, r"weight must be a dense floating-point tensor, got torch.float32 \(torch.strided, nested\)"),
    Bad(reset_linear_, (torch.empty(3, 1).expand(3, 2),), ValueError, r"weight must not be an expanded view \(stride 0\), got shape \(3, 2\) and stride \(1, 0\)"),
    Bad(reset_linear_, (torch.empty(3, 2), torch.zeros(1).expand(3)), ValueError, r"bias must not be an expanded view \(stride 0\), got shape \(3,\)"),
    Bad(BasicBlock, (2**63, 2), ValueError, r"in_channels must be <= 2\*\*63 - 1 \(torch's int64\), got 9223372036854775808"),
    Bad(BasicBlock, (2, 2, 2**63), ValueError, r"stride must be <= 2\*\*63 - 1 \(torch's int64\), got 9223372036854775808"),
    Bad(BasicBlock, (2, 2, 1, np.bool_(True)), TypeError, r"zero_init_residual must be a bool, got numpy.bool"),
    Bad(BasicBlock.forward, (BasicBlock(2, 2), torch.ones(1, 2, 0, 4)), ValueError, r"input must have a height and width >= 1, got shape \(1, 2, 0, 4\)"),
    Bad(BasicBlock.forward, (BasicBlock(2, 2), torch.ones(1, 2, 1, 1)), ValueError, r"input of shape \(1, 2, 1, 1\) gives BatchNorm 1 value per channel"),
    Bad(LoRALinear, (nn.Linear(2, 2), 2**63), ValueError, r"r must be <= 2\*\*63 - 1 \(torch's int64\), got 9223372036854775808"),
    Bad(LoRALinear, (nn.LazyLinear(2),), TypeError, r"base must be an initialised nn.Linear, got a LazyLinear whose weight is not initialised"),
    Bad(LoRALinear, (nn.Linear(2, 2), 2, 10**400), ValueError, r"alpha must be > 0 and finite, got an int too large for a float"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
