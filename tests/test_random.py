import math
import os
import random as pyrandom
import warnings
from fractions import Fraction

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
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


@pytest.mark.parametrize("dtype", [torch.float32, torch.float16, torch.bfloat16])
def test_box_muller_keeps_the_floating_dtype(dtype):
    g = torch.Generator().manual_seed(0)
    u1 = (1 - torch.rand(1000, generator=g, dtype=torch.float64)).clamp(min=0.01)
    u2 = torch.rand(1000, generator=g, dtype=torch.float64)
    got = box_muller(u1.to(dtype), u2.to(dtype))
    assert got.dtype == dtype
    # the inputs are rounded to dtype first, so compare with the float64 formula loosely
    torch.testing.assert_close(got.double(), box_muller(u1.to(dtype).double(), u2.to(dtype).double()),
                               rtol=0.02, atol=0.03)


def test_box_muller_follows_the_device_of_its_inputs():
    u = torch.empty(3, device="meta")
    got = box_muller(u, u)
    assert got.device.type == "meta" and got.shape == (3,)


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


RANDINT_DTYPES = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.uint16,
                  torch.uint32, torch.uint64, torch.bool, torch.float16, torch.bfloat16,
                  torch.float32, torch.float64]


@pytest.mark.parametrize("dtype", RANDINT_DTYPES)
def test_randint_inclusive_equals_torch_randint_with_high_plus_one(dtype):
    # the widest range each dtype allows, and one right at its top
    from torchnotes.random import _exact_range

    lowest, highest = _exact_range(dtype)
    for low, high in ((lowest, highest), (highest - 1, highest), (max(lowest, 0), max(lowest, 0))):
        got = randint_inclusive(low, high, [3, 4], torch.Generator().manual_seed(1), dtype=dtype)
        expected = torch.randint(low, high + 1, (3, 4), generator=torch.Generator().manual_seed(1), dtype=dtype)
        assert got.dtype == dtype and torch.equal(got, expected)


def test_randint_inclusive_takes_what_torch_randint_takes():
    g = lambda: torch.Generator().manual_seed(0)  # noqa: E731
    expected = torch.randint(0, 4, (2, 3), generator=g())
    for size in [(2, 3), [2, 3], torch.Size([2, 3]), (np.int64(2), torch.tensor(3))]:
        assert torch.equal(randint_inclusive(0, 3, size, generator=g()), expected)
    assert torch.equal(randint_inclusive(np.int32(0), torch.tensor(3), (2, 3), generator=g()), expected)
    assert randint_inclusive(0, 3, ()).shape == () and randint_inclusive(0, 3, (0, 5)).shape == (0, 5)
    expected = torch.randint(0, 4, (2, 3), generator=g(), dtype=None)  # None: int64, as in torch
    got = randint_inclusive(0, 3, (2, 3), generator=g(), dtype=None)
    assert got.dtype == expected.dtype == torch.int64 and torch.equal(got, expected)
    for dtype in (int, float, bool):  # Python types, as torch reads them
        got = randint_inclusive(0, 1, (2, 3), generator=g(), dtype=dtype)
        expected = torch.randint(0, 2, (2, 3), generator=g(), dtype=dtype)
        assert got.dtype == expected.dtype and torch.equal(got, expected)


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


def test_train_val_split_takes_numpy_numbers_and_fractions():
    expected = train_val_split(10, 0.5, generator=torch.Generator().manual_seed(0))
    for n, frac in [(np.int64(10), np.float32(0.5)), (torch.tensor(10), Fraction(1, 2)), (10, np.float64(0.5))]:
        got = train_val_split(n, frac, generator=torch.Generator().manual_seed(0))
        assert all(map(torch.equal, got, expected))


def test_seed_everything_makes_all_three_reproducible():
    def draw():
        return pyrandom.random(), np.random.rand(), torch.rand(1).item()

    assert seed_everything(123) == {"python": 123, "numpy": 123, "torch": 123}
    first = draw()
    assert seed_everything(np.uint32(123)) == {"python": 123, "numpy": 123, "torch": 123}
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
            # put_ without accumulate has no deterministic implementation, repeated ids or not
            with pytest.raises(RuntimeError, match="put_ does not have a deterministic implementation"):
                torch.zeros(4).put_(torch.tensor([0, 1]), torch.ones(2))
        assert torch.backends.cudnn.benchmark is True
    finally:
        torch.backends.cudnn.benchmark = before[2]
    after = (torch.are_deterministic_algorithms_enabled(), torch.backends.cudnn.deterministic,
             torch.backends.cudnn.benchmark, os.environ.get("CUBLAS_WORKSPACE_CONFIG"))
    assert after == before


def test_deterministic_mode_off_inside_on():
    with deterministic_mode():
        with deterministic_mode(False) as changed:
            assert not torch.are_deterministic_algorithms_enabled()
            assert set(changed) == {"use_deterministic_algorithms", "cudnn.deterministic"}
        assert torch.are_deterministic_algorithms_enabled()


def test_deterministic_mode_can_be_entered_again_and_inside_itself():
    mode = deterministic_mode()
    for _ in range(2):  # a second with-block on the same object
        with mode as changed:
            assert torch.are_deterministic_algorithms_enabled() and "use_deterministic_algorithms" in changed
        assert not torch.are_deterministic_algorithms_enabled()
    with mode, mode as inner:  # nested: the inner block changes nothing and restores nothing early
        assert inner == {} and torch.are_deterministic_algorithms_enabled()
    assert not torch.are_deterministic_algorithms_enabled()


def test_deterministic_mode_restores_after_an_error():
    with pytest.raises(ZeroDivisionError):
        with deterministic_mode():
            1 / 0
    assert not torch.are_deterministic_algorithms_enabled()


ONE = torch.ones(1)
with warnings.catch_warnings():  # nested tensors are a prototype; torch warns on creating one
    warnings.simplefilter("ignore")
    NESTED = torch.nested.nested_tensor([torch.full((2,), 0.5), torch.full((3,), 0.5)])

BAD_CALLS = [
    Bad(box_muller, ([0.5], ONE), TypeError, r"box_muller\(\): u1 must be a torch.Tensor, got list"),
    Bad(box_muller, (ONE, 0.5), TypeError, r"u2 must be a torch.Tensor, got float"),
    Bad(box_muller, (ONE, torch.ones(1, dtype=torch.long)), TypeError, r"u2 must be a floating-point tensor, got torch.int64"),
    Bad(box_muller, (torch.ones(1, dtype=torch.complex64), ONE), TypeError, r"u1 must be a floating-point tensor, got torch.complex64"),
    Bad(box_muller, (torch.ones(1, dtype=torch.bool), ONE), TypeError, r"u1 must be a floating-point tensor, got torch.bool"),
    Bad(box_muller, (torch.eye(2).to_sparse(), torch.ones(2, 2)), TypeError, r"u1 must be a strided \(dense\) tensor, got layout torch.sparse_coo"),
    Bad(box_muller, (NESTED, NESTED), TypeError, r"u1 must be a strided \(dense\) tensor, got layout torch.strided \(nested\)"),
    Bad(box_muller, (ONE.to(torch.float8_e4m3fn), ONE), TypeError, r"u1 must be a floating-point tensor, got torch.float8_e4m3fn; it takes float16, bfloat16, float32 and float64"),
    Bad(box_muller, (ONE, ONE.to(torch.float8_e5m2)), TypeError, r"u2 must be a floating-point tensor, got torch.float8_e5m2"),
    Bad(box_muller, (torch.ones(2), torch.ones(3)), ValueError, r"same shape, got \(2,\) and \(3,\)"),
    Bad(box_muller, (torch.ones(2), torch.ones(1)), ValueError, r"same shape, got \(2,\) and \(1,\)"),
    Bad(box_muller, (ONE, torch.ones(1, device="meta")), ValueError, r"u2 must be on the device of u1 \(cpu\), got meta"),
    Bad(box_muller, (torch.zeros(1), ONE), ValueError, r"u1 must lie in \(0, 1\]"),
    Bad(box_muller, (torch.tensor([float("nan")]), ONE), ValueError, r"u1 must lie in \(0, 1\]"),
    Bad(box_muller, (ONE, torch.full((1,), 2.0)), ValueError, r"u2 must lie in \[0, 1\]"),
    Bad(randint_inclusive, (6, 1, (2,)), ValueError, r"randint_inclusive\(\): high must be >= low=6, got 1"),
    Bad(randint_inclusive, (1, 6, 3), TypeError, r"size must be a tuple, list or torch.Size of ints such as \(3,\), got int"),
    Bad(randint_inclusive, (1, 6, "3"), TypeError, r"size must be a tuple, list or torch.Size.*got str"),
    Bad(randint_inclusive, (1, 6, torch.tensor([3])), TypeError, r"size must be a tuple.*got Tensor"),
    Bad(randint_inclusive, (1, 6, np.array([3])), TypeError, r"size must be a tuple.*got ndarray"),
    Bad(randint_inclusive, (1, 6, (2.0,)), TypeError, r"size\[0\] must be an int, got float"),
    Bad(randint_inclusive, (1, 6, (True,)), TypeError, r"size\[0\] must be an int, got bool"),
    Bad(randint_inclusive, (1, 6, (2, -1)), ValueError, r"size must not hold negative numbers, got \(2, -1\)"),
    Bad(randint_inclusive, (1, 6, (2**40,)), ValueError, r"size \(1099511627776,\) \(1099511627776 elements\) cannot be allocated"),
    Bad(randint_inclusive, (1, 6, (2**62, 4)), ValueError, r"cannot be allocated"),
    Bad(randint_inclusive, (1, 6, (2**63,)), ValueError, r"size\[0\] must be <= 2\*\*63 - 1, got 9223372036854775808"),
    Bad(randint_inclusive, (1, 6, (0, 2**70)), ValueError, r"size\[1\] must be <= 2\*\*63 - 1, got 1180591620717411303424"),
    Bad(randint_inclusive, (1.0, 6, (2,)), TypeError, r"low must be an int, got float"),
    Bad(randint_inclusive, (1, 6.5, (2,)), TypeError, r"high must be an int, got float"),
    Bad(randint_inclusive, (False, 6, (2,)), TypeError, r"low must be an int, got bool"),
    Bad(randint_inclusive, (0, torch.tensor(True), (2,)), TypeError, r"high must be an int, got bool"),
    Bad(randint_inclusive, (0, torch.tensor(2.0), (2,)), TypeError, r"high must be an int, got Tensor"),
    Bad(randint_inclusive, (0, torch.tensor([1, 2]), (2,)), TypeError, r"high must be an int, got a tensor of shape \(2,\)"),
    Bad(randint_inclusive, (0, 2**63 - 1, (2,)), ValueError, r"\[low, high\] must lie in \[-9223372036854775808, 9223372036854775806\] for torch.int64"),
    Bad(randint_inclusive, (0, 2**70, (2,)), ValueError, r"must lie in .* for torch.int64, got \[0, 1180591620717411303424\]"),
    Bad(randint_inclusive, (0, 256, (2,)), ValueError, r"must lie in \[0, 255\] for torch.uint8, got \[0, 256\]", {"dtype": torch.uint8}),
    Bad(randint_inclusive, (-1, 1, (2,)), ValueError, r"must lie in \[0, 1\] for torch.bool", {"dtype": torch.bool}),
    Bad(randint_inclusive, (0, 2**24 + 1, (2,)), ValueError, r"must lie in \[-16777216, 16777216\] for torch.float32", {"dtype": torch.float32}),
    Bad(randint_inclusive, (0, 1, (2,)), TypeError, r"dtype must be an integer, bool or floating-point torch.dtype.*got torch.complex64", {"dtype": torch.complex64}),
    Bad(randint_inclusive, (0, 1, (2,)), TypeError, r"got torch.float8_e4m3fn", {"dtype": torch.float8_e4m3fn}),
    Bad(randint_inclusive, (0, 1, (2,)), TypeError, r"got 'int32'", {"dtype": "int32"}),
    Bad(randint_inclusive, (0, 1, (2,)), TypeError, r"dtype must be an integer, bool or floating-point torch.dtype.*got torch.complex128", {"dtype": complex}, note="Python complex"),
    Bad(randint_inclusive, (0, 1, (2,), 0), TypeError, r"generator must be a torch.Generator or None, got int"),
    Bad(train_val_split, (-1, 0.5), ValueError, r"train_val_split\(\): n must be >= 0, got -1"),
    Bad(train_val_split, (10.0, 0.5), TypeError, r"n must be an int, got float"),
    Bad(train_val_split, (True, 0.5), TypeError, r"n must be an int, got bool"),
    Bad(train_val_split, (2**40, 0.5), ValueError, r"n=1099511627776 ids cannot be allocated"),
    Bad(train_val_split, (2**63, 0.5), ValueError, r"train_val_split\(\): n must be <= 2\*\*63 - 1, got 9223372036854775808"),
    Bad(train_val_split, (10, 1.5), ValueError, r"val_fraction must be in \[0, 1\], got 1.5"),
    Bad(train_val_split, (10, float("nan")), ValueError, r"val_fraction must be in \[0, 1\], got nan"),
    Bad(train_val_split, (10, "0.2"), TypeError, r"val_fraction must be a real number, got str"),
    Bad(train_val_split, (10, True), TypeError, r"val_fraction must be a real number, got bool"),
    Bad(train_val_split, (10, 0.2j), TypeError, r"val_fraction must be a real number, got complex"),
    Bad(train_val_split, (10, 0.2, "seed"), TypeError, r"generator must be a torch.Generator or None, got str"),
    Bad(seed_everything, (-1,), ValueError, r"seed_everything\(\): seed must be in \[0, 2\*\*32\), got -1"),
    Bad(seed_everything, (2**32,), ValueError, r"seed must be in \[0, 2\*\*32\), got 4294967296"),
    Bad(seed_everything, ("42",), TypeError, r"seed must be an int, got str"),
    Bad(seed_everything, (4.2,), TypeError, r"seed must be an int, got float"),
    Bad(seed_everything, (True,), TypeError, r"seed must be an int, got bool"),
    Bad(deterministic_mode, (1,), TypeError, r"deterministic_mode\(\): enabled must be a bool, got int"),
    Bad(deterministic_mode, (np.bool_(True),), TypeError, r"enabled must be a bool, got numpy.bool"),
    Bad(deterministic_mode, (None,), TypeError, r"enabled must be a bool, got NoneType"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
