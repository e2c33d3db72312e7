"""optim schedules: the closed forms equal torch.optim.lr_scheduler's learning rates over many
steps (StepLR, CosineAnnealingLR, LinearLR, SequentialLR warm-up + cosine, OneCycleLR), up to
the rounding of torch's recursive products; the functions take Python floats (no dtype)."""

import math
import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch.optim import lr_scheduler as sched

from torchnotes.optim import cosine_annealing_lr, linear_lr, one_cycle_lr, step_lr, warmup_cosine_lr

LR = st.sampled_from([0.1, 1.0, 3e-4])


def torch_lrs(make, steps, lr):
    """The learning rate after 0, 1, ..., steps calls of scheduler.step()."""
    weight = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([weight], lr=lr, momentum=0.9)
    scheduler = make(opt)
    out = [opt.param_groups[0]["lr"]]
    for _ in range(steps):
        opt.step()
        scheduler.step()
        out.append(opt.param_groups[0]["lr"])
    return out


def assert_same(ours, theirs):
    assert len(ours) == len(theirs)
    for epoch, (a, b) in enumerate(zip(ours, theirs)):
        assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15), (epoch, a, b)


@given(LR, st.integers(1, 5), st.sampled_from([0.1, 0.5, 1.0, 2.0]))
def test_step_lr_equals_torch(lr, step_size, gamma):
    expected = torch_lrs(lambda o: sched.StepLR(o, step_size, gamma), 40, lr)
    assert_same([step_lr(e, lr, step_size, gamma) for e in range(41)], expected)


@given(LR, st.integers(1, 12), st.sampled_from([0.0, 1e-5]))
def test_cosine_annealing_lr_equals_torch_also_past_t_max(lr, t_max, eta_min):
    expected = torch_lrs(lambda o: sched.CosineAnnealingLR(o, t_max, eta_min), 3 * t_max + 2, lr)
    assert_same([cosine_annealing_lr(e, lr, t_max, eta_min) for e in range(3 * t_max + 3)], expected)


@given(LR, st.sampled_from([0.1, 1 / 3, 1.0]), st.sampled_from([0.0, 0.5, 1.0]), st.integers(0, 8))
def test_linear_lr_equals_torch(lr, start, end, total):
    expected = torch_lrs(lambda o: sched.LinearLR(o, start, end, total), 20, lr)
    assert_same([linear_lr(e, lr, start, end, total) for e in range(21)], expected)


@given(LR, st.integers(1, 6), st.integers(1, 10), st.sampled_from([0.01, 0.5]), st.sampled_from([0.0, 1e-4]))
def test_warmup_cosine_lr_equals_sequential_lr(lr, warmup, t_max, start, eta_min):
    def make(o):
        return sched.SequentialLR(o, [sched.LinearLR(o, start, total_iters=warmup),
                                      sched.CosineAnnealingLR(o, t_max, eta_min)], milestones=[warmup])

    expected = torch_lrs(make, warmup + 2 * t_max, lr)
    assert_same([warmup_cosine_lr(e, lr, warmup, t_max, start, eta_min) for e in range(warmup + 2 * t_max + 1)],
                expected)


@given(LR, st.integers(2, 40), st.sampled_from([0.25, 0.3, 0.5]), st.sampled_from(["cos", "linear"]),
       st.booleans(), st.sampled_from([(25.0, 1e4), (10.0, 100.0)]))
def test_one_cycle_lr_equals_torch(lr, total, pct, strategy, three_phase, divs):
    def make(o):
        return sched.OneCycleLR(o, lr, total_steps=total, pct_start=pct, anneal_strategy=strategy,
                                div_factor=divs[0], final_div_factor=divs[1], three_phase=three_phase)

    try:
        expected = torch_lrs(make, total, lr)
    except ZeroDivisionError:  # a phase of zero steps: the reference says so instead
        with pytest.raises(ValueError, match="zero steps long"):
            [one_cycle_lr(s, lr, total, pct, strategy, divs[0], divs[1], three_phase) for s in range(total + 1)]
        return
    got = [one_cycle_lr(s, lr, total, pct, strategy, divs[0], divs[1], three_phase) for s in range(total + 1)]
    assert_same(got, expected)


def test_one_cycle_refuses_more_steps_than_total_like_torch():
    weight = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([weight], lr=0.1, momentum=0.9)
    scheduler = sched.OneCycleLR(opt, 0.1, total_steps=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(2):
            opt.step()
            scheduler.step()
        with pytest.raises(ValueError, match="Tried to step 3 times"):
            scheduler.step()
    with pytest.raises(ValueError, match="step must be <= total_steps"):
        one_cycle_lr(3, 0.1, 2)


def test_huge_epochs_give_what_the_recursive_product_gives():
    assert step_lr(2**40, 0.1, 1, 2.0) == math.inf  # torch multiplies its way to inf
    assert step_lr(2**40, 0.0, 1, 2.0) == 0.0
    assert step_lr(2**40, 0.1, 1, 0.5) == 0.0
    assert 0.0 <= cosine_annealing_lr(2**40, 0.1, 7) <= 0.1


def test_the_largest_int64_count_still_computes():
    assert step_lr(2**63 - 1, 0.1, 1, 0.5) == 0.0
    assert 0.0 <= cosine_annealing_lr(2**63 - 1, 0.1, 2**63 - 1) <= 0.1
    assert linear_lr(2**63 - 1, 0.1, 0.5, 1.0, 2**63 - 1) == pytest.approx(0.1)


def test_epochs_accept_numpy_integers():
    assert step_lr(np.int64(4), 1.0, np.int32(2), 0.5) == step_lr(4, 1.0, 2, 0.5) == 0.25


BAD_CALLS = [
    Bad(step_lr, (1.5, 0.1, 2), TypeError, r"step_lr\(\): epoch must be an int, got float"),
    Bad(step_lr, (True, 0.1, 2), TypeError, r"epoch must be an int, got bool"),
    Bad(step_lr, (-1, 0.1, 2), ValueError, r"epoch must be >= 0, got -1"),
    Bad(step_lr, (0, 0.1, 0), ValueError, r"step_size must be >= 1, got 0"),
    Bad(step_lr, (0, 0.1, 2.0), TypeError, r"step_size must be an int, got float"),
    Bad(step_lr, (0, "0.1", 2), TypeError, r"base_lr must be a real number, got str"),
    Bad(step_lr, (0, 0.1, 2, -0.5), ValueError, r"gamma must be >= 0.0, got -0.5"),
    Bad(cosine_annealing_lr, (0, 0.1, 0), ValueError, r"cosine_annealing_lr\(\): T_max must be >= 1, got 0"),
    Bad(cosine_annealing_lr, (0, 0.1, 10, -1e-3), ValueError, r"eta_min must be >= 0.0, got -0.001"),
    Bad(cosine_annealing_lr, (0, float("inf"), 10), ValueError, r"base_lr must be finite, got inf"),
    Bad(cosine_annealing_lr, (torch.tensor(0.5), 0.1, 10), TypeError, r"epoch must be an int, got a torch.float32 tensor"),
    Bad(linear_lr, (0, 0.1, 0.0), ValueError, r"linear_lr\(\): start_factor must be > 0 and <= 1, got 0.0"),
    Bad(linear_lr, (0, 0.1, 1.5), ValueError, r"start_factor must be <= 1.0, got 1.5"),
    Bad(linear_lr, (0, 0.1, 0.5, -0.1), ValueError, r"end_factor must be >= 0.0, got -0.1"),
    Bad(linear_lr, (0, 0.1, 0.5, 1.0, -1), ValueError, r"total_iters must be >= 0, got -1"),
    Bad(warmup_cosine_lr, (0, 0.1, 0, 10), ValueError, r"warmup_cosine_lr\(\): warmup must be >= 1, got 0"),
    Bad(warmup_cosine_lr, (0, 0.1, 5, 0), ValueError, r"T_max must be >= 1, got 0"),
    Bad(warmup_cosine_lr, (0, 0.1, 5, 10, 0.0), ValueError, r"start_factor must be > 0 and <= 1, got 0.0"),
    Bad(warmup_cosine_lr, (0, 0.1, 5, 10, 0.5, None), TypeError, r"eta_min must be a real number, got NoneType"),
    Bad(one_cycle_lr, (11, 0.1, 10), ValueError, r"one_cycle_lr\(\): step must be <= total_steps \(10\), got 11"),
    Bad(one_cycle_lr, (0, 0.1, 0), ValueError, r"total_steps must be >= 1, got 0"),
    Bad(one_cycle_lr, (0, 0.1, 10, 1.5), ValueError, r"pct_start must be <= 1.0, got 1.5"),
    Bad(one_cycle_lr, (0, 0.1, 10, 0.1), ValueError, r"pct_start=0.1 with total_steps=10 makes phase 1 zero steps long"),
    Bad(one_cycle_lr, (0, 0.1, 10), ValueError, r"anneal_strategy must be 'cos' or 'linear', got 'cosine'", {"anneal_strategy": "cosine"}),
    Bad(one_cycle_lr, (0, 0.1, 10), TypeError, r"anneal_strategy must be 'cos' or 'linear', got NoneType", {"anneal_strategy": None}),
    Bad(one_cycle_lr, (0, 0.1, 10), ValueError, r"div_factor must be > 0, got 0.0", {"div_factor": 0}),
    Bad(one_cycle_lr, (0, 0.1, 10), TypeError, r"three_phase must be a bool, got int", {"three_phase": 1}),
    Bad(one_cycle_lr, (2**40, 0.1, 10), ValueError, r"step must be <= total_steps \(10\), got 1099511627776"),
    Bad(one_cycle_lr, (0, 0.1, 2**63), ValueError, r"total_steps must be <= 2\*\*63 - 1 \(torch's int64\), got 9223372036854775808"),
    Bad(one_cycle_lr, (0, 0.1, 10), TypeError, r"three_phase must be a bool, got numpy.bool", {"three_phase": np.bool_(True)}),
    Bad(step_lr, (2**63, 0.1, 1), ValueError, r"epoch must be <= 2\*\*63 - 1 \(torch's int64\), got 9223372036854775808"),
    Bad(step_lr, (-(2**20000), 0.1, 1), ValueError, r"epoch must be >= 0, got a negative int of 20001 bits"),
    Bad(step_lr, (0, 10**400, 1), ValueError, r"base_lr must be finite, got an int too large for a float"),
    Bad(cosine_annealing_lr, (3, 0.1, 2**2000), ValueError, r"T_max must be <= 2\*\*63 - 1 \(torch's int64\), got an int of 2001 bits"),
    Bad(linear_lr, (0, 0.1, 0.5, 1.0, 2**63), ValueError, r"total_iters must be <= 2\*\*63 - 1"),
    Bad(warmup_cosine_lr, (0, 0.1, 2**63, 10), ValueError, r"warmup must be <= 2\*\*63 - 1"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
