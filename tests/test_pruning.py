"""l1_unstructured_mask equals the mask torch.nn.utils.prune stores, ties included."""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn
from torch.nn.utils import prune

from torchnotes.pruning import l1_unstructured_mask

# Proven on the floating dtypes a prunable parameter has; ints and complex are refused.
DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16]


@st.composite
def weights_and_amounts(draw):
    shape = draw(st.lists(st.integers(0, 5), min_size=0, max_size=3))
    dtype = draw(st.sampled_from(DTYPES))
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    w = torch.randn(shape, generator=g, dtype=torch.float64)
    if draw(st.booleans()):  # few distinct magnitudes: many ties, which topk decides
        w = (w * 2).round() / 2
    w = w.to(dtype)
    n = w.numel()
    if draw(st.booleans()):
        amount = draw(st.integers(0, n))
        if draw(st.booleans()):
            amount = np.int64(amount)
    else:
        amount = draw(st.sampled_from([0.0, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 1.0]))
    return w, amount


@given(weights_and_amounts())
def test_mask_equals_torch(args):
    w, amount = args
    expected = prune.L1Unstructured(amount=amount).compute_mask(w, torch.ones_like(w))
    got = l1_unstructured_mask(w, amount)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert torch.equal(got, expected)


@pytest.mark.parametrize("amount", [3, 0.5, 0.25])
def test_mask_equals_the_buffer_prune_stores_and_forward_and_gradients_follow(amount):
    torch.manual_seed(1)
    layer = nn.Linear(5, 3)
    orig = layer.weight.detach().clone()
    prune.l1_unstructured(layer, "weight", amount=amount)
    mask = l1_unstructured_mask(orig, amount)
    assert torch.equal(layer.weight_mask, mask)
    x = torch.randn(4, 5)
    w = orig.clone().requires_grad_()
    b = layer.bias.detach().clone().requires_grad_()
    ref = x @ (w * mask).T + b  # what the pre-hook makes the layer compute
    out = layer(x)
    torch.testing.assert_close(out, ref, rtol=0, atol=0)
    out.square().sum().backward()
    ref.square().sum().backward()
    torch.testing.assert_close(layer.weight_orig.grad, w.grad)
    torch.testing.assert_close(layer.bias.grad, b.grad)


def test_mask_follows_the_device_of_the_weight():
    got = l1_unstructured_mask(torch.empty(3, 4, device="meta"), 5)
    assert got.device.type == "meta" and got.shape == (3, 4) and got.dtype == torch.float32


def test_a_non_contiguous_weight_gets_the_mask_of_its_contiguous_copy():
    # torch's compute_mask fails here (it calls .view(-1)); the mask is the contiguous copy's
    w = torch.randn(3, 4, generator=torch.Generator().manual_seed(0)).T
    with pytest.raises(RuntimeError, match="view size is not compatible"):
        prune.L1Unstructured(amount=5).compute_mask(w, torch.ones_like(w))
    c = w.contiguous()
    expected = prune.L1Unstructured(amount=5).compute_mask(c, torch.ones_like(c))
    got = l1_unstructured_mask(w, 5)
    assert torch.equal(got, expected) and got.is_contiguous()


def test_huge_amount_fails_at_once():
    with pytest.raises(ValueError, match="amount=1099511627776"):
        l1_unstructured_mask(torch.ones(3), 2**40)


W = torch.ones(2, 3)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # nested tensors are a prototype, quantized ones deprecated
    NESTED = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])
    QW = torch.quantize_per_tensor(torch.ones(2, 3), 0.1, 0, torch.qint8)
BAD_CALLS = [
    Bad(l1_unstructured_mask, ([1.0, 2.0], 1), TypeError, r"weight must be a torch.Tensor, got list"),
    Bad(l1_unstructured_mask, (W.to_sparse(), 1), TypeError, r"weight must be a dense"),
    Bad(l1_unstructured_mask, (torch.ones(3, dtype=torch.int64), 1), TypeError,
        r"weight must be float16, bfloat16, float32 or float64, got torch.int64"),
    Bad(l1_unstructured_mask, (torch.ones(3, dtype=torch.complex64), 1), TypeError,
        r"got torch.complex64 \(the reference does not follow torch"),
    Bad(l1_unstructured_mask, (W, True), TypeError, r"amount must be an int or a float, got bool"),
    Bad(l1_unstructured_mask, (W, torch.tensor(2)), TypeError, r"amount must be an int or a float, got Tensor"),
    Bad(l1_unstructured_mask, (W, "0.5"), TypeError, r"amount must be an int or a float, got str"),
    Bad(l1_unstructured_mask, (W, -1), ValueError, r"amount must be a non-negative int, got -1"),
    Bad(l1_unstructured_mask, (W, 7), ValueError, r"amount=7 must be <= the number of entries of weight \(6\)"),
    Bad(l1_unstructured_mask, (W, 1.5), ValueError, r"amount must be a float in \[0, 1\], got 1.5"),
    Bad(l1_unstructured_mask, (W, -0.1), ValueError, r"amount must be a float in \[0, 1\], got -0.1"),
    Bad(l1_unstructured_mask, (W, float("nan")), ValueError, r"amount must be a float in \[0, 1\], got nan"),
    Bad(l1_unstructured_mask, (NESTED, 1), TypeError, r"weight must be a dense tensor, got nested"),
    Bad(l1_unstructured_mask, (QW, 1), TypeError, r"weight must be a dense tensor, got quantized"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)


def test_torch_refuses_the_same_amounts():
    # the bad amounts above are bad for torch as well (it raises, never prunes silently)
    for amount in (True, torch.tensor(2), "0.5", -1, 7, 1.5, -0.1, float("nan")):
        with pytest.raises((TypeError, ValueError)):
            prune.L1Unstructured(amount=amount).compute_mask(W, torch.ones_like(W))
