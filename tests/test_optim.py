"""optim update rules: sgd, adam, adamw, rmsprop and adagrad step copies of the parameters
bit-equal to torch.optim (the CPU's default single-tensor path) over several steps, on
float32 and float64; half, bfloat16 and complex parameters are refused."""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.optim import adagrad, adam, adamw, rmsprop, sgd

FLOATS = st.sampled_from([torch.float32, torch.float64])
SHAPES = st.lists(st.lists(st.integers(0, 3), min_size=0, max_size=2), min_size=1, max_size=3)
RATE = st.sampled_from([0.0, 1e-3, 0.1, 0.5])
SMALL = st.sampled_from([0.0, 0.01, 0.3])


def run_both(torch_cls, ref, shapes, dtype, seed, steps, options, state_keys=None):
    """Step torch's optimizer and the reference on the same gradients; compare bit for bit."""
    g = torch.Generator().manual_seed(seed)
    start = [torch.randn(s, generator=g, dtype=torch.float64).to(dtype) for s in shapes]
    weights = [torch.nn.Parameter(p.clone()) for p in start]
    opt = torch_cls(weights, **options)
    ours, state = [p.clone() for p in start], None
    for _ in range(steps):
        grads = [torch.randn(s, generator=g, dtype=torch.float64).to(dtype) * 3 for s in shapes]
        for w, grad in zip(weights, grads):
            w.grad = grad.clone()
        opt.step()
        ours, state = ref(ours, grads, state, **options)
        for got, w in zip(ours, weights):
            assert got.dtype == w.dtype and got.shape == w.shape
            torch.testing.assert_close(got, w.detach(), rtol=0, atol=0, equal_nan=True)
    return ours, state, opt


@given(SHAPES, FLOATS, st.integers(0, 2**16), st.integers(1, 4), RATE, st.sampled_from([0.0, 0.5, 0.9]),
       st.sampled_from([0.0, 0.1]), SMALL, st.booleans(), st.booleans())
def test_sgd_equals_torch(shapes, dtype, seed, steps, lr, momentum, dampening, wd, nesterov, maximize):
    if nesterov and (momentum == 0 or dampening != 0):
        nesterov = False
    options = dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=wd,
                   nesterov=nesterov, maximize=maximize)
    _, state, opt = run_both(torch.optim.SGD, sgd, shapes, dtype, seed, steps, options)
    if momentum:
        for buf, w in zip(state["momentum_buffer"], opt.param_groups[0]["params"]):
            torch.testing.assert_close(buf, opt.state[w]["momentum_buffer"], rtol=0, atol=0, equal_nan=True)
    else:
        assert state == {}


@given(SHAPES, FLOATS, st.integers(0, 2**16), st.integers(1, 4), RATE,
       st.sampled_from([(0.9, 0.999), (0.0, 0.5), (0.5, 0.0)]), st.sampled_from([1e-8, 0.1]),
       SMALL, st.booleans(), st.booleans())
def test_adam_and_adamw_equal_torch(shapes, dtype, seed, steps, lr, betas, eps, wd, maximize, decoupled):
    options = dict(lr=lr, betas=betas, eps=eps, weight_decay=wd, maximize=maximize)
    torch_cls, ref = (torch.optim.AdamW, adamw) if decoupled else (torch.optim.Adam, adam)
    _, state, opt = run_both(torch_cls, ref, shapes, dtype, seed, steps, options)
    assert state["step"] == steps
    for key in ("exp_avg", "exp_avg_sq"):
        for buf, w in zip(state[key], opt.param_groups[0]["params"]):
            torch.testing.assert_close(buf, opt.state[w][key], rtol=0, atol=0, equal_nan=True)


@given(SHAPES, FLOATS, st.integers(0, 2**16), st.integers(1, 4), RATE, st.sampled_from([0.0, 0.5, 0.99]),
       st.sampled_from([1e-8, 0.1]), SMALL, st.sampled_from([0.0, 0.5]), st.booleans(), st.booleans())
def test_rmsprop_equals_torch(shapes, dtype, seed, steps, lr, alpha, eps, wd, momentum, centered, maximize):
    options = dict(lr=lr, alpha=alpha, eps=eps, weight_decay=wd, momentum=momentum,
                   centered=centered, maximize=maximize)
    _, state, opt = run_both(torch.optim.RMSprop, rmsprop, shapes, dtype, seed, steps, options)
    for buf, w in zip(state["square_avg"], opt.param_groups[0]["params"]):
        torch.testing.assert_close(buf, opt.state[w]["square_avg"], rtol=0, atol=0, equal_nan=True)


@given(SHAPES, FLOATS, st.integers(0, 2**16), st.integers(1, 4), RATE, st.sampled_from([0.0, 0.1]),
       SMALL, st.sampled_from([0.0, 0.1, 2.0]), st.sampled_from([1e-10, 0.1]), st.booleans())
def test_adagrad_equals_torch(shapes, dtype, seed, steps, lr, lr_decay, wd, initial, eps, maximize):
    options = dict(lr=lr, lr_decay=lr_decay, weight_decay=wd, initial_accumulator_value=initial,
                   eps=eps, maximize=maximize)
    _, state, opt = run_both(torch.optim.Adagrad, adagrad, shapes, dtype, seed, steps, options)
    for buf, w in zip(state["sum"], opt.param_groups[0]["params"]):
        torch.testing.assert_close(buf, opt.state[w]["sum"], rtol=0, atol=0, equal_nan=True)


@pytest.mark.parametrize("ref", [sgd, adam, adamw, rmsprop, adagrad])
def test_inputs_are_never_modified(ref):
    p, g = torch.tensor([1.0, 2.0]), torch.tensor([0.5, -0.5])
    kwargs = {"momentum": 0.9} if ref in (sgd, rmsprop) else {}
    out, state = ref([p], [g], lr=0.1, **kwargs)
    frozen = {k: [t.clone() for t in v] if isinstance(v, list) else v for k, v in state.items()}
    ref(out, [g], state, lr=0.1, **kwargs)
    assert torch.equal(p, torch.tensor([1.0, 2.0])) and torch.equal(g, torch.tensor([0.5, -0.5]))
    for key, value in frozen.items():
        if isinstance(value, list):
            assert all(torch.equal(a, b) for a, b in zip(value, state[key])), key
        else:
            assert state[key] == value


@pytest.mark.parametrize("ref", [sgd, adam, adamw, rmsprop, adagrad])
def test_results_follow_the_device_of_the_parameters(ref):
    p = torch.empty(2, 3, device="meta")
    out, _ = ref([p], [torch.empty(2, 3, device="meta")], lr=0.1)
    assert out[0].device.type == "meta" and out[0].shape == p.shape


@pytest.mark.parametrize("ref", [sgd, adam, adamw, rmsprop, adagrad])
def test_steps_stay_outside_autograd_like_torch_optim(ref):
    # torch.optim steps under no_grad: a gradient that is itself part of a graph
    # (create_graph=True) does not make the new parameters or the state differentiable
    p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
    g = (p * 3).detach().requires_grad_() * 1
    kwargs = {"momentum": 0.9} if ref in (sgd, rmsprop) else {}
    out, state = ref([p], [g], lr=0.1, **kwargs)
    assert not out[0].requires_grad
    assert not any(t.requires_grad for v in state.values() if isinstance(v, list) for t in v)


def test_numpy_numbers_are_accepted_as_hyperparameters():
    p, g = torch.tensor([1.0]), torch.tensor([1.0])
    assert torch.equal(sgd([p], [g], lr=np.float32(0.5))[0][0], sgd([p], [g], lr=0.5)[0][0])
    assert torch.equal(adam([p], [g], betas=(np.float64(0.9), 0.999))[0][0], adam([p], [g])[0][0])
    assert torch.equal(adamw([p], [g], betas=np.array([0.9, 0.999]))[0][0], adamw([p], [g])[0][0])


def test_adamw_decays_the_weight_itself_adam_through_the_gradient():
    # zero gradient, one step: AdamW shrinks by lr * wd * p; Adam moves by about lr
    p, g = torch.tensor([10.0], dtype=torch.float64), torch.zeros(1, dtype=torch.float64)
    assert adamw([p], [g], lr=0.1, weight_decay=0.5)[0][0].item() == pytest.approx(9.5)
    assert adam([p], [g], lr=0.1, weight_decay=0.5)[0][0].item() == pytest.approx(9.9)


def test_a_numpy_or_tensor_step_count_reads_as_an_int():
    p, g = [torch.tensor([1.0])], [torch.tensor([0.5])]
    out, state = adam(p, g)
    expected = adam(out, g, state)
    for step in (np.int64(1), torch.tensor(1)):
        got = adam(out, g, {**state, "step": step})
        assert got[1]["step"] == 2 and type(got[1]["step"]) is int
        assert torch.equal(got[0][0], expected[0][0])


P, G = [torch.ones(2)], [torch.ones(2)]
HALF = [torch.ones(2, dtype=torch.float16)]
ADAM_STATE = adam(P, G)[1]
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the strided nested layout's prototype warning
    NESTED = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])

BAD_CALLS = [
    Bad(sgd, (torch.ones(2), G), TypeError, r"sgd\(\): params must be a list or tuple of tensors, got Tensor"),
    Bad(sgd, ([[1.0, 2.0]], G), TypeError, r"params\[0\] must be a torch.Tensor, got list"),
    Bad(sgd, (HALF, HALF), TypeError, r"params\[0\] must be float32 or float64, got torch.float16"),
    Bad(sgd, ([torch.ones(2, dtype=torch.complex64)], G), TypeError, r"got torch.complex64"),
    Bad(sgd, ([torch.ones(2, dtype=torch.int64)], G), TypeError, r"got torch.int64"),
    Bad(sgd, ([torch.eye(2).to_sparse()], G), TypeError, r"dense \(strided\) tensor, got layout torch.sparse_coo"),
    Bad(sgd, (P, [None]), TypeError, r"grads\[0\] is None; torch.optim skips a parameter without a gradient"),
    Bad(adam, (P, [None]), TypeError, r"adam\(\): grads\[0\] is None"),
    Bad(sgd, (P, [torch.ones(3)]), ValueError, r"grads\[0\] must have shape \(2,\) like params\[0\], got \(3,\)"),
    Bad(sgd, (P, [torch.ones(2, dtype=torch.float64)]), TypeError, r"grads\[0\] must have dtype torch.float32"),
    Bad(sgd, (P, [torch.ones(2, device="meta")]), ValueError, r"grads\[0\] must be on cpu like params\[0\], got meta"),
    Bad(sgd, (P, G + G), ValueError, r"one tensor per parameter \(1\), got 2"),
    Bad(sgd, (P, G), TypeError, r"lr must be a real number, got str", {"lr": "0.1"}),
    Bad(sgd, (P, G), TypeError, r"lr must be a real number, got bool", {"lr": True}),
    Bad(sgd, (P, G), TypeError, r"lr must be a real number, got a Tensor", {"lr": torch.tensor(0.1)}),
    Bad(sgd, (P, G), ValueError, r"lr must be >= 0.0, got -0.1", {"lr": -0.1}),
    Bad(sgd, (P, G), ValueError, r"lr must be finite, got nan", {"lr": float("nan")}),
    Bad(sgd, (P, G), ValueError, r"momentum must be >= 0.0, got -0.5", {"momentum": -0.5}),
    Bad(sgd, (P, G), ValueError, r"weight_decay must be >= 0.0, got -1.0", {"weight_decay": -1}),
    Bad(sgd, (P, G), ValueError, r"nesterov=True needs momentum > 0 and dampening == 0", {"nesterov": True}),
    Bad(sgd, (P, G), ValueError, r"dampening=0.1", {"nesterov": True, "momentum": 0.9, "dampening": 0.1}),
    Bad(sgd, (P, G), TypeError, r"nesterov must be a bool, got int", {"nesterov": 1, "momentum": 0.9}),
    Bad(sgd, (P, G), TypeError, r"maximize must be a bool, got str", {"maximize": "yes"}),
    Bad(sgd, (P, G, [1]), TypeError, r"state must be None or the dict an earlier sgd\(\) returned, got list", {"momentum": 0.9}),
    Bad(sgd, (P, G, {"momentum_buffer": [torch.ones(2)]}), ValueError, r"state must have the keys \[\], got \['momentum_buffer'\]"),
    Bad(sgd, (P, G, {"momentum_buffer": [torch.ones(3)]}), ValueError, r"state\['momentum_buffer'\]\[0\] must be a tensor like params\[0\]", {"momentum": 0.9}),
    Bad(sgd, (P, G, ADAM_STATE), ValueError, r"state must have the keys \['momentum_buffer'\], got \['exp_avg'", {"momentum": 0.9}),
    Bad(adam, (P, G), TypeError, r"adam\(\): betas must be a pair of real numbers, got 0.9", {"betas": 0.9}),
    Bad(adam, (P, G), ValueError, r"betas\[0\] must be < 1.0, got 1.0", {"betas": (1.0, 0.999)}),
    Bad(adam, (P, G), TypeError, r"betas must be a pair of real numbers, got \(0.9, 0.99, 0.999\)", {"betas": (0.9, 0.99, 0.999)}),
    Bad(adam, (P, G), TypeError, r"betas must be a pair of real numbers, got a Tensor", {"betas": torch.tensor([0.9, 0.999])}),
    Bad(adam, (P, G), ValueError, r"betas\[1\] must be >= 0.0, got -0.1", {"betas": (0.9, -0.1)}),
    Bad(adam, (P, G), ValueError, r"eps must be >= 0.0, got -1e-08", {"eps": -1e-8}),
    Bad(adam, (HALF, HALF), TypeError, r"adam\(\): params\[0\] must be float32 or float64, got torch.float16"),
    Bad(adam, ([torch.ones(2, dtype=torch.bfloat16)], G), TypeError, r"got torch.bfloat16"),
    Bad(adam, (P, G, {**ADAM_STATE, "step": 0}), ValueError, r"state\['step'\] must be an int >= 1, got 0"),
    Bad(adam, (P, G, {**ADAM_STATE, "exp_avg": []}), ValueError, r"state\['exp_avg'\] must hold one tensor per parameter \(1\)"),
    Bad(adamw, (P, G), ValueError, r"adamw\(\): weight_decay must be >= 0.0, got -0.01", {"weight_decay": -0.01}),
    Bad(adamw, (P, G), TypeError, r"lr must be a real number, got NoneType", {"lr": None}),
    Bad(adamw, ((1.0,), G), TypeError, r"params\[0\] must be a torch.Tensor, got float"),
    Bad(adamw, (P, G, {"sum": [torch.ones(2)], "step": 1}), ValueError, r"state must have the keys \['exp_avg', 'exp_avg_sq', 'step'\]"),
    Bad(rmsprop, (P, G), ValueError, r"rmsprop\(\): alpha must be >= 0.0, got -0.9", {"alpha": -0.9}),
    Bad(rmsprop, (P, G), TypeError, r"centered must be a bool, got int", {"centered": 1}),
    Bad(rmsprop, (P, G), ValueError, r"momentum must be finite, got inf", {"momentum": float("inf")}),
    Bad(rmsprop, (P, [torch.ones(2, 1)]), ValueError, r"grads\[0\] must have shape \(2,\)"),
    Bad(rmsprop, (P, G, rmsprop(P, G)[1]), ValueError, r"state must have the keys \['grad_avg', 'square_avg', 'step'\]", {"centered": True}),
    Bad(adagrad, (P, G), ValueError, r"adagrad\(\): lr_decay must be >= 0.0, got -1.0", {"lr_decay": -1.0}),
    Bad(adagrad, (P, G), ValueError, r"initial_accumulator_value must be >= 0.0, got -0.1", {"initial_accumulator_value": -0.1}),
    Bad(adagrad, (P, G), TypeError, r"eps must be a real number, got complex", {"eps": 1j}),
    Bad(adagrad, ("p", G), TypeError, r"params must be a list or tuple of tensors, got str"),
    Bad(adagrad, (P, G, {"step": 1.5, "sum": [torch.ones(2)]}), ValueError, r"state\['step'\] must be an int >= 1, got 1.5"),
    Bad(adagrad, (P, G, {"step": 2**63, "sum": [torch.ones(2)]}), ValueError, r"state\['step'\] must be <= 2\*\*63 - 1, got 9223372036854775808"),
    Bad(adam, (P, G, {**ADAM_STATE, "step": torch.tensor(True)}), ValueError, r"state\['step'\] must be an int >= 1, got tensor\(True\)"),
    Bad(sgd, (P, G), ValueError, r"sgd\(\): lr must be finite, got an int too large for a float", {"lr": 10**400}),
    Bad(adam, ([NESTED], G), TypeError, r"params\[0\] must be a dense \(strided\) tensor, got layout torch.strided \(nested\)"),
    Bad(rmsprop, (P, G), TypeError, r"maximize must be a bool, got numpy.bool", {"maximize": np.bool_(True)}),
    Bad(adamw, (P, G), TypeError, r"lr must be a real number, got numpy.bool", {"lr": np.bool_(True)}),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
