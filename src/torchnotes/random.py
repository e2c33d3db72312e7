"""Randomness: drawing random tensors and making runs reproducible.

Tested in ``tests/test_random.py``.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
from collections.abc import Iterator, Sequence

import torch

from torchnotes._checks import check_bool, check_floating, check_int, check_number


def box_muller(u1: torch.Tensor, u2: torch.Tensor) -> torch.Tensor:
    """Standard normal samples from two tensors of uniform samples (the Box–Muller transform).

    ``sqrt(-2 ln u1) * cos(2 pi u2)`` is exactly N(0, 1) when ``u1`` and ``u2`` are
    independent and uniform on (0, 1]. ``torch.randn`` uses its own generator-specific
    method, so the numbers differ, but the distribution is the same.

    Args:
        u1: floating-point values in (0, 1] (0 would give ``inf``).
        u2: floating-point values in [0, 1], same shape as ``u1``.

    Raises:
        TypeError: non-tensor or non-floating-point arguments.
        ValueError: different shapes, or values outside the ranges above.

    >>> box_muller(torch.tensor([1.0, math.exp(-0.5)]), torch.tensor([0.3, 0.0]))
    tensor([0., 1.])
    """
    check_floating("box_muller", "u1", u1)
    check_floating("box_muller", "u2", u2)
    if u1.shape != u2.shape:
        raise ValueError(
            f"box_muller(): u1 and u2 must have the same shape, got {tuple(u1.shape)} "
            f"and {tuple(u2.shape)}"
        )
    if u1.numel() and not ((u1 > 0) & (u1 <= 1)).all():
        raise ValueError("box_muller(): u1 must lie in (0, 1]; ln(0) is -inf")
    if u2.numel() and not ((u2 >= 0) & (u2 <= 1)).all():
        raise ValueError("box_muller(): u2 must lie in [0, 1]")
    return torch.sqrt(-2 * torch.log(u1)) * torch.cos(2 * math.pi * u2)


def randint_inclusive(
    low: int, high: int, size: Sequence[int], generator: torch.Generator | None = None
) -> torch.Tensor:
    """Random integers in ``[low, high]``, both ends included (``torch.randint`` excludes high).

    Args:
        low: smallest value.
        high: largest value, ``>= low``.
        size: output shape, a tuple/list of ints.
        generator: optional ``torch.Generator`` for reproducible draws.

    Raises:
        TypeError: non-int bounds or a size that is not a sequence of ints.
        ValueError: ``high < low``.

    >>> g = torch.Generator().manual_seed(0)
    >>> randint_inclusive(1, 6, (8,), generator=g)  # a die: 6 can come up
    tensor([3, 4, 6, 1, 2, 4, 2, 2])
    """
    check_int("randint_inclusive", "low", low)
    check_int("randint_inclusive", "high", high)
    if high < low:
        raise ValueError(f"randint_inclusive(): high must be >= low={low}, got {high}")
    if isinstance(size, int) or not all(isinstance(n, int) for n in size):
        raise TypeError(
            f"randint_inclusive(): size must be a tuple of ints such as (3,), got {size!r}"
        )
    return torch.randint(low, high + 1, tuple(size), generator=generator)


def train_val_split(
    n: int, val_fraction: float, generator: torch.Generator | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """Shuffle ``range(n)`` with ``torch.randperm`` and cut it into train and validation ids.

    The validation part has ``floor(n * val_fraction)`` ids; the two parts are disjoint
    and together hold every id once.

    Args:
        n: number of samples, ``>= 0``.
        val_fraction: share of samples for validation, in [0, 1].
        generator: optional ``torch.Generator`` so that the split is reproducible.

    Raises:
        TypeError: ``n`` is not an int or ``val_fraction`` is not a number.
        ValueError: ``n < 0`` or ``val_fraction`` outside [0, 1].

    >>> train, val = train_val_split(10, 0.3, generator=torch.Generator().manual_seed(0))
    >>> train, val
    (tensor([4, 1, 7, 5, 3, 9, 0]), tensor([8, 6, 2]))
    """
    check_int("train_val_split", "n", n, minimum=0)
    check_number("train_val_split", "val_fraction", val_fraction)
    if not 0 <= val_fraction <= 1:
        raise ValueError(f"train_val_split(): val_fraction must be in [0, 1], got {val_fraction}")
    perm = torch.randperm(n, generator=generator)
    n_val = math.floor(n * val_fraction)
    return perm[: n - n_val], perm[n - n_val :]


def seed_everything(seed: int) -> dict[str, int | None]:
    """Seed Python's ``random``, NumPy (if installed) and torch; return what was seeded.

    ``torch.manual_seed`` seeds the CPU generator *and* every CUDA device, so
    ``torch.cuda.manual_seed_all`` is not needed on top of it.

    Args:
        seed: an int in ``[0, 2**32)`` (NumPy's legacy seeding accepts no more).

    Raises:
        TypeError: ``seed`` is not an int.
        ValueError: ``seed`` outside ``[0, 2**32)``.

    >>> seed_everything(0)["torch"]
    0
    >>> torch.rand(2)
    tensor([0.4963, 0.7682])
    """
    check_int("seed_everything", "seed", seed, minimum=0)
    if seed >= 2**32:
        raise ValueError(f"seed_everything(): seed must be < 2**32, got {seed}")
    random.seed(seed)
    try:
        import numpy
    except ImportError:  # numpy is optional for torch users
        numpy_seed = None
    else:
        numpy.random.seed(seed)
        numpy_seed = seed
    torch.manual_seed(seed)
    return {"python": seed, "numpy": numpy_seed, "torch": seed}


def _settings() -> dict[str, object]:
    return {
        "use_deterministic_algorithms": torch.are_deterministic_algorithms_enabled(),
        "warn_only": torch.is_deterministic_algorithms_warn_only_enabled(),
        "cudnn.deterministic": torch.backends.cudnn.deterministic,
        "cudnn.benchmark": torch.backends.cudnn.benchmark,
        "CUBLAS_WORKSPACE_CONFIG": os.environ.get("CUBLAS_WORKSPACE_CONFIG"),
    }


def _apply(settings: dict[str, object]) -> None:
    torch.use_deterministic_algorithms(
        bool(settings["use_deterministic_algorithms"]), warn_only=bool(settings["warn_only"])
    )
    torch.backends.cudnn.deterministic = bool(settings["cudnn.deterministic"])
    torch.backends.cudnn.benchmark = bool(settings["cudnn.benchmark"])
    if settings["CUBLAS_WORKSPACE_CONFIG"] is None:
        os.environ.pop("CUBLAS_WORKSPACE_CONFIG", None)
    else:
        os.environ["CUBLAS_WORKSPACE_CONFIG"] = str(settings["CUBLAS_WORKSPACE_CONFIG"])


@contextlib.contextmanager
def deterministic_mode(enabled: bool = True) -> Iterator[dict[str, tuple[object, object]]]:
    """Switch every reproducibility setting at once; restore the previous ones on exit.

    ``cudnn.deterministic = True`` alone is not enough: ``cudnn.benchmark = True`` picks
    convolution algorithms by timing them (the pick can change from run to run), and ops
    outside cuDNN only become deterministic (or raise) under
    ``torch.use_deterministic_algorithms(True)``. cuBLAS additionally needs
    ``CUBLAS_WORKSPACE_CONFIG=:4096:8`` (CUDA >= 10.2), set before the first cuBLAS call.

    Yields:
        ``{setting: (before, inside)}`` for the settings this call changed.

    Raises:
        TypeError: ``enabled`` is not a bool.

    >>> with deterministic_mode() as changed:
    ...     torch.are_deterministic_algorithms_enabled()
    True
    >>> sorted(changed)
    ['CUBLAS_WORKSPACE_CONFIG', 'cudnn.deterministic', 'use_deterministic_algorithms']
    >>> torch.are_deterministic_algorithms_enabled()  # restored
    False
    """
    check_bool("deterministic_mode", "enabled", enabled)
    before = _settings()
    wanted = {
        "use_deterministic_algorithms": enabled,
        "warn_only": False,
        "cudnn.deterministic": enabled,
        "cudnn.benchmark": False if enabled else before["cudnn.benchmark"],
        "CUBLAS_WORKSPACE_CONFIG": ":4096:8" if enabled else before["CUBLAS_WORKSPACE_CONFIG"],
    }
    changed = {k: (before[k], v) for k, v in wanted.items() if before[k] != v}
    _apply(wanted)
    try:
        yield changed
    finally:
        _apply(before)
