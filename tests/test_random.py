import math
import os
import random as pyrandom

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.random import (
    box_muller,
    deterministic_mode,
    randint_inclusive,
    seed_everything,
    train_val_split,
)


@given(seed=st.integers(0, 2**16), n=st.integers(0, 50))
def test_box_muller_formula(seed, n):
    g = torch.Generator().manual_seed(seed)
    u1 = 1 - torch.rand(n, generator=g, dtype=torch.float64)  # (0, 1]
    u2 = torch.rand(n, generator=g, dtype=torch.float64)
    expected = [math.sqrt(-2 * math.log(a)) * math.cos(2 * math.pi * b) for a, b in zip(u1.tolist(), u2.tolist())]
    torch.testing.assert_close(box_muller(u1, u2), torch.tensor(expected, dtype=torch.float64))


def test_box_muller_is_standard_normal():
    g = torch.Generator().manual_seed(0)
    z = box_muller(1 - torch.rand(200_000, generator=g, dtype=torch.float64),
                   torch.rand(200_000, generator=g, dtype=torch.float64))
    # standard errors: mean 1/sqrt(n) ~ 0.0022, std ~ 0.0016; 5 sigma bounds
    assert abs(z.mean().item()) < 0.012 and abs(z.std().item() - 1) < 0.008
    # the 68-95-99.7 rule, like torch.randn
    r = torch.randn(200_000, generator=g, dtype=torch.float64)
    for k in (1, 2, 3):
        assert abs((z.abs() < k).double().mean() - (r.abs() < k).double().mean()) < 0.01


@given(low=st.integers(-5, 5), width=st.integers(0, 6), seed=st.integers(0, 2**16))
def test_randint_inclusive_covers_both_ends(low, width, seed):
    high = low + width
    x = randint_inclusive(low, high, (2000,), generator=torch.Generator().manual_seed(seed))
    assert x.dtype == torch.int64 and x.min() == low and x.max() == high


def test_torch_randint_high_is_exclusive():
    x = torch.randint(0, 1, (100,), generator=torch.Generator().manual_seed(0))
    assert (x == 0).all()


@given(n=st.integers(0, 60), frac=st.floats(0, 1), seed=st.integers(0, 2**16))
def test_train_val_split_partitions(n, frac, seed):
    train, val = train_val_split(n, frac, generator=torch.Generator().manual_seed(seed))
    assert len(val) == math.floor(n * frac) and len(train) + len(val) == n
    assert sorted(torch.cat([train, val]).tolist()) == list(range(n))
    again = train_val_split(n, frac, generator=torch.Generator().manual_seed(seed))
    assert torch.equal(again[0], train) and torch.equal(again[1], val)


def test_seed_everything_makes_all_three_reproducible():
    def draw():
        return pyrandom.random(), np.random.rand(), torch.rand(1).item()

    assert seed_everything(123) == {"python": 123, "numpy": 123, "torch": 123}
    first = draw()
    seed_everything(123)
    assert draw() == first


def test_manual_seed_also_seeds_every_cuda_device(monkeypatch):
    # torch.manual_seed is documented as seeding "all devices": torch/random.py calls
    # torch.cuda.manual_seed_all itself (queued lazily without a GPU). Pin that, so the
    # page's claim fails loudly if a torch release stops doing it.
    calls = []
    monkeypatch.setattr(torch.cuda, "manual_seed_all", calls.append)
    torch.manual_seed(1234)
    assert calls == [1234] and torch.initial_seed() == 1234
    seed_everything(5)
    assert calls == [1234, 5]


def test_deterministic_mode_sets_and_restores():
    before = (torch.are_deterministic_algorithms_enabled(), torch.backends.cudnn.deterministic,
              torch.backends.cudnn.benchmark, os.environ.get("CUBLAS_WORKSPACE_CONFIG"))
    torch.backends.cudnn.benchmark = True
    try:
        with deterministic_mode() as changed:
            assert torch.are_deterministic_algorithms_enabled()
            assert torch.backends.cudnn.deterministic and not torch.backends.cudnn.benchmark
            assert os.environ["CUBLAS_WORKSPACE_CONFIG"] == ":4096:8"
            assert changed["cudnn.benchmark"] == (True, False)
            # a CPU op without a deterministic implementation now refuses to run
            with pytest.raises(RuntimeError, match="put_ does not have a deterministic implementation"):
                torch.zeros(4).put_(torch.tensor([0, 0]), torch.ones(2))
        assert torch.backends.cudnn.benchmark is True
    finally:
        torch.backends.cudnn.benchmark = before[2]
    after = (torch.are_deterministic_algorithms_enabled(), torch.backends.cudnn.deterministic,
             torch.backends.cudnn.benchmark, os.environ.get("CUBLAS_WORKSPACE_CONFIG"))
    assert after == before


def test_deterministic_mode_restores_after_an_error():
    with pytest.raises(ZeroDivisionError):
        with deterministic_mode():
            1 / 0
    assert not torch.are_deterministic_algorithms_enabled()


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: box_muller([0.5], torch.ones(1)), TypeError, r"box_muller\(\): u1 must be a torch.Tensor, got list"),
        (lambda: box_muller(torch.ones(1), torch.ones(1, dtype=torch.long)), TypeError, r"u2 must be a floating-point tensor, got torch.int64"),
        (lambda: box_muller(torch.ones(2), torch.ones(3)), ValueError, r"same shape, got \(2,\) and \(3,\)"),
        (lambda: box_muller(torch.zeros(1), torch.ones(1)), ValueError, r"u1 must lie in \(0, 1\]"),
        (lambda: box_muller(torch.ones(1), torch.full((1,), 2.0)), ValueError, r"u2 must lie in \[0, 1\]"),
        (lambda: randint_inclusive(6, 1, (2,)), ValueError, r"randint_inclusive\(\): high must be >= low=6, got 1"),
        (lambda: randint_inclusive(1, 6, 3), TypeError, r"size must be a tuple of ints such as \(3,\), got 3"),
        (lambda: randint_inclusive(1.0, 6, (2,)), TypeError, r"low must be an int, got float"),
        (lambda: train_val_split(-1, 0.5), ValueError, r"train_val_split\(\): n must be >= 0, got -1"),
        (lambda: train_val_split(10, 1.5), ValueError, r"val_fraction must be in \[0, 1\], got 1.5"),
        (lambda: train_val_split(10, "0.2"), TypeError, r"val_fraction must be a number, got str"),
        (lambda: seed_everything(-1), ValueError, r"seed_everything\(\): seed must be >= 0, got -1"),
        (lambda: seed_everything(2**32), ValueError, r"seed must be < 2\*\*32, got 4294967296"),
        (lambda: seed_everything("42"), TypeError, r"seed must be an int, got str"),
        (lambda: deterministic_mode(1).__enter__(), TypeError, r"deterministic_mode\(\): enabled must be a bool, got int"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
