"""optim train_step: equals the hand-written zero_grad -> forward -> backward -> step, with
accumulation equal to one step on the whole batch and clipping equal to clip_grad_norm_;
and the other orders of the three calls go wrong in the ways the training-step page shows.
Proven on float32 and float64 models (the step itself is torch's optimizer)."""

import copy
import warnings

import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.optim import train_step

FLOATS = st.sampled_from([torch.float32, torch.float64])
OPTIMIZERS = st.sampled_from([
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    lambda p: torch.optim.Adam(p, lr=0.01),
    lambda p: torch.optim.AdamW(p, lr=0.01),
])


def setup(dtype, seed, make_opt):
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 2)).to(dtype)
    return model, make_opt(model.parameters())


@given(FLOATS, st.integers(0, 2**16), OPTIMIZERS, st.integers(1, 3), st.sampled_from([None, 0.05, 10.0]))
def test_train_step_equals_the_hand_written_loop(dtype, seed, make_opt, steps, max_norm):
    model, opt = setup(dtype, seed, make_opt)
    twin = copy.deepcopy(model)
    twin_opt = make_opt(twin.parameters())
    for _ in range(steps):
        x, y = torch.randn(5, 3, dtype=dtype), torch.randn(5, 2, dtype=dtype)
        loss = train_step(model, F.mse_loss, opt, [(x, y)], max_norm=max_norm)
        twin_opt.zero_grad()
        expected = F.mse_loss(twin(x), y)
        expected.backward()
        if max_norm is not None:
            torch.nn.utils.clip_grad_norm_(twin.parameters(), max_norm)
        twin_opt.step()
        assert loss == pytest.approx(expected.item(), rel=1e-6)
        for a, b in zip(model.parameters(), twin.parameters()):
            torch.testing.assert_close(a, b)


@given(FLOATS, st.integers(0, 2**16), OPTIMIZERS, st.lists(st.integers(1, 4), min_size=1, max_size=3))
def test_accumulated_batches_equal_one_step_on_all_samples(dtype, seed, make_opt, sizes):
    model, opt = setup(dtype, seed, make_opt)
    twin = copy.deepcopy(model)
    twin_opt = make_opt(twin.parameters())
    x, y = torch.randn(sum(sizes), 3, dtype=dtype), torch.randn(sum(sizes), 2, dtype=dtype)
    parts = list(zip(x.split(sizes), y.split(sizes)))
    loss = train_step(model, F.mse_loss, opt, parts)
    whole = train_step(twin, F.mse_loss, twin_opt, [(x, y)])
    assert loss == pytest.approx(whole, rel=1e-6)
    for a, b in zip(model.parameters(), twin.parameters()):
        torch.testing.assert_close(a, b)


def _tiny(seed=0):
    torch.manual_seed(seed)
    model = torch.nn.Linear(2, 1)
    return model, torch.optim.SGD(model.parameters(), lr=0.1), torch.randn(4, 2), torch.randn(4, 1)


def test_zero_grad_between_backward_and_step_updates_nothing():
    model, opt, x, y = _tiny()
    before = copy.deepcopy(model.state_dict())
    F.mse_loss(model(x), y).backward()
    opt.zero_grad()  # wrong place: the gradients just computed are gone
    opt.step()
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())


def test_step_before_backward_applies_the_previous_batch_gradient():
    model, opt, x1, y1 = _tiny()
    x2, y2 = torch.randn(4, 2), torch.randn(4, 1)
    start = model.weight.detach().clone()
    grads = []
    for x, y in [(x1, y1), (x2, y2)]:  # wrong order: forward, step, zero_grad, backward
        loss = F.mse_loss(model(x), y)
        opt.step()
        if not grads:
            assert torch.equal(model.weight, start)  # the first step has no gradient yet
        opt.zero_grad()
        loss.backward()
        grads.append(model.weight.grad.clone())
    # the second step moved the weight by batch 1's gradient, computed at the start weights
    torch.testing.assert_close(model.weight.detach(), start - 0.1 * grads[0])
    assert not torch.equal(grads[0], grads[1])


def test_without_zero_grad_gradients_add_up():
    model, opt, x, y = _tiny()
    F.mse_loss(model(x), y).backward()
    once = model.weight.grad.clone()
    F.mse_loss(model(x), y).backward()
    torch.testing.assert_close(model.weight.grad, 2 * once)


class SumScale(torch.nn.Module):
    """A model that takes a nested batch: each sample's sum times one weight."""

    def __init__(self):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.ones(1))

    def forward(self, x):
        return torch.stack([t.sum() for t in x.unbind()]) * self.weight


def test_a_nested_batch_counts_its_samples():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        x = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])
    model = SumScale()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    loss = train_step(model, F.mse_loss, opt, [(x, torch.zeros(2))])
    assert loss == pytest.approx((4 + 9) / 2)
    assert model.weight.item() == pytest.approx(1 - 0.01 * (2 * 2 * 2 + 2 * 3 * 3) / 2)  # d/dw mean((s w)^2)


MODEL = torch.nn.Linear(2, 1)
OPT = torch.optim.SGD(MODEL.parameters(), lr=0.1)
X, Y = torch.ones(3, 2), torch.ones(3, 1)
GOOD = [(X, Y)]
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the strided nested layout's prototype warning
    EMPTY_NESTED = torch.nested.nested_tensor([])

BAD_CALLS = [
    Bad(train_step, (lambda x: x, F.mse_loss, OPT, GOOD), TypeError, r"train_step\(\): model must be a torch.nn.Module, got function"),
    Bad(train_step, (MODEL, "mse", OPT, GOOD), TypeError, r"loss_fn must be callable, got str"),
    Bad(train_step, (MODEL, F.mse_loss, MODEL.parameters(), GOOD), TypeError, r"optimizer must be a torch.optim.Optimizer, got generator"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, (X, Y, X)), TypeError, r"batches\[0\] must be an \(input, target\) pair of tensors"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, X), TypeError, r"batches must be a list of \(input, target\) pairs, got Tensor"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, []), ValueError, r"batches must hold at least one \(input, target\) pair, got none"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, [(X, [1.0])]), TypeError, r"batches\[0\] must be an \(input, target\) pair of tensors"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, [(torch.ones(0, 2), torch.ones(0, 1))]), ValueError, r"batches\[0\]\[0\] needs a batch dimension with samples, got shape \(0, 2\)"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, [(torch.tensor(1.0), Y)]), ValueError, r"got shape \(\)"),
    Bad(train_step, (MODEL, lambda p, t: 1.0, OPT, GOOD), TypeError, r"loss_fn must return a tensor, got float"),
    Bad(train_step, (MODEL, lambda p, t: (p - t) ** 2, OPT, GOOD), ValueError, r"loss_fn must return a 0-d tensor that requires grad, got shape \(3, 1\)"),
    Bad(train_step, (MODEL, lambda p, t: torch.tensor(0.0), OPT, GOOD), ValueError, r"requires_grad=False"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, [(X.double(), Y.double())]), TypeError, r"model's weight is torch.float32, batches\[0\]\[0\] is torch.float64"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, [(X.to("meta"), Y.to("meta"))]), ValueError, r"batches\[0\] holds a meta tensor"),
    Bad(train_step, (copy.deepcopy(MODEL).to("meta"), F.mse_loss, OPT, GOOD), ValueError, r"model's weight is on meta, batches\[0\]\[0\] on cpu"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, [(X, Y), (X, Y.to("meta"))]), ValueError, r"batches\[1\] holds a meta tensor"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, GOOD, 0.0), ValueError, r"max_norm must be > 0 or None, got 0.0"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, GOOD, -1.0), ValueError, r"max_norm must be > 0 or None, got -1.0"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, GOOD, "1"), TypeError, r"max_norm must be a real number, got str"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, GOOD, 10**400), ValueError, r"max_norm must be finite, got an int too large for a float"),
    Bad(train_step, (MODEL, lambda p, t: p.sum() * 1j, OPT, GOOD), TypeError, r"loss_fn must return a real floating-point tensor, got torch.complex64"),
    Bad(train_step, (MODEL, F.mse_loss, OPT, [(EMPTY_NESTED, torch.ones(0, 1))]), ValueError, r"batches\[0\]\[0\] needs a batch dimension with samples, got shape nested"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
