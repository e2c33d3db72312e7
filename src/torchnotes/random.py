"""Randomness: drawing random tensors and making runs reproducible."""

from __future__ import annotations

import contextlib
import math
import numbers
import os
import random
from collections.abc import Sequence
from functools import partial
from typing import Any

import torch

from torchnotes._checks import (
    INT64_MAX,
    DEVICE_OF_MESSAGE,
    STRIDED_MESSAGE,
    check_bool,
    check_dense,
    check_floating,
    check_int_like,
    check_number,
    check_same_device,
)
from torchnotes.tensors._common import dtype_arg

# torch.randint's bounds are C int64 arguments, so high + 1 must stay below this.
# Dtypes torch.randint fills; float8, complex and quantized dtypes raise inside torch.
# The dtypes box_muller takes: torch's log, sqrt and cos have no float8 kernels.
_BOX_MULLER_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)
_BOX_MULLER_MESSAGE = "{name} must be a floating-point tensor, got {dtype}; it takes float16, bfloat16, float32 and float64"
_RANDINT_DTYPES = (
    torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
    torch.uint16, torch.uint32, torch.uint64, torch.bool,
    torch.float16, torch.bfloat16, torch.float32, torch.float64,
)


def box_muller(u1: torch.Tensor, u2: torch.Tensor) -> torch.Tensor:
    """Standard normal samples from two tensors of uniform samples (the Box–Muller transform).

    ``sqrt(-2 ln u1) * cos(2 pi u2)`` is exactly N(0, 1) when ``u1`` and ``u2`` are
    independent and uniform on (0, 1]. ``torch.randn`` uses its own method, so the numbers
    differ, but the distribution is the same.

    Args:
        u1: float16, bfloat16, float32 or float64 values in (0, 1] (0 would give ``inf``).
        u2: real floating-point values in [0, 1], same shape and device as ``u1``.

    Returns:
        A tensor of the common shape, on the inputs' device, with the promoted dtype of
        ``u1`` and ``u2``.

    Raises:
        TypeError: non-tensor or non-strided (sparse, nested) arguments, or tensors that
            are not float16, bfloat16, float32 or float64 (integer, bool, complex and float8
            tensors are refused: torch has no ``log`` for float8).
        ValueError: different shapes or devices, or values outside the ranges above.

    Examples:
        >>> box_muller(torch.tensor([1.0, math.exp(-0.5)]), torch.tensor([0.3, 0.0]))
        tensor([0., 1.])
        >>> g = torch.Generator().manual_seed(0)
        >>> z = box_muller(1 - torch.rand(100_000, generator=g), torch.rand(100_000, generator=g))
        >>> f"{z.mean().item():.3f} {z.std().item():.3f}"  # close to 0 and 1 #zh: 接近 0 和 1
        '0.004 0.999'
        >>> [round((z.abs() < k).float().mean().item(), 3) for k in (1, 2, 3)]  # as for randn #zh: 与 randn 一样
        [0.684, 0.955, 0.997]
    """
    for name, value in (("u1", u1), ("u2", u2)):
        check_floating("box_muller", name, value, dtypes=_BOX_MULLER_DTYPES, message=_BOX_MULLER_MESSAGE)
        check_dense("box_muller", name, value, message=STRIDED_MESSAGE)
    if u1.shape != u2.shape:
        raise ValueError(
            f"box_muller(): u1 and u2 must have the same shape, got {tuple(u1.shape)} "
            f"and {tuple(u2.shape)}"
        )
    check_same_device("box_muller", [("u1", u1), ("u2", u2)], message=DEVICE_OF_MESSAGE)
    if not u1.is_meta:  # a meta tensor has no values to check #zh: meta 张量没有值可查
        if u1.numel() and not ((u1 > 0) & (u1 <= 1)).all():
            raise ValueError("box_muller(): u1 must lie in (0, 1]; ln(0) is -inf")
        if u2.numel() and not ((u2 >= 0) & (u2 <= 1)).all():
            raise ValueError("box_muller(): u2 must lie in [0, 1]")
    return torch.sqrt(-2 * torch.log(u1)) * torch.cos(2 * math.pi * u2)


def randint_inclusive(
    low: int,
    high: int,
    size: Sequence[int],
    generator: torch.Generator | None = None,
    *,
    dtype: torch.dtype | None = torch.int64,
) -> torch.Tensor:
    """Random integers in ``[low, high]``, both ends included (``torch.randint`` excludes high).

    It calls ``torch.randint(low, high + 1, size, generator=generator, dtype=dtype)``, so it
    takes what ``torch.randint`` takes: ``size`` as a tuple, list or ``torch.Size``, and any
    ``dtype`` that ``torch.randint`` fills.

    Args:
        low: smallest value (an int, a NumPy int or a 0-d integer tensor).
        high: largest value, ``>= low``.
        size: output shape, a tuple, list or ``torch.Size`` of non-negative ints.
        generator: optional CPU ``torch.Generator`` for reproducible draws.
        dtype: the result's dtype: an integer dtype, ``torch.bool`` or a floating-point
            dtype; ``[low, high]`` must fit in it (for floats, in the range where every
            integer is exact, such as ``±2**24`` for float32). ``None`` means ``int64``;
            Python's ``int``, ``float`` and ``bool`` stand for ``int64``, ``float64`` and
            ``torch.bool``, as in torch.

    Returns:
        A CPU tensor of shape ``size`` and dtype ``dtype``.

    Raises:
        TypeError: bounds that are not ints (bools and floats are refused), a ``size``
            that is not a sequence of ints, a ``dtype`` that is not one ``torch.randint``
            fills, or a ``generator`` that is not a ``torch.Generator``.
        ValueError: ``high < low``, bounds outside ``dtype``'s range, a negative or
            unallocatable ``size``, or a generator that is not on the CPU.

    Examples:
        >>> g = torch.Generator().manual_seed(0)
        >>> randint_inclusive(1, 6, (8,), generator=g)  # a die: 6 can come up #zh: 掷骰子：可以掷出 6
        tensor([3, 4, 6, 1, 2, 4, 2, 2])
        >>> randint_inclusive(0, 255, [4], generator=g, dtype=torch.uint8)  # 255 fits in uint8 #zh: 255 在 uint8 范围内
        tensor([  9, 211,  21, 242], dtype=torch.uint8)
    """
    low = _as_int("randint_inclusive", "low", low)
    high = _as_int("randint_inclusive", "high", high)
    if high < low:
        raise ValueError(f"randint_inclusive(): high must be >= low={low}, got {high}")
    shape = _as_size("randint_inclusive", size)
    if dtype is None:  # torch.randint reads dtype=None as int64, not as the default float dtype
        dtype = torch.int64
    dtype = dtype_arg(dtype)  # int, float and bool as torch reads them
    if not isinstance(dtype, torch.dtype) or dtype not in _RANDINT_DTYPES:
        raise TypeError(
            f"randint_inclusive(): dtype must be an integer, bool or floating-point torch.dtype "
            f"that torch.randint fills, got {dtype!r}"
        )
    _check_generator("randint_inclusive", generator)
    lowest, highest = _exact_range(dtype)
    if low < lowest or high > highest:
        raise ValueError(
            f"randint_inclusive(): [low, high] must lie in [{lowest}, {highest}] for {dtype}, "
            f"got [{low}, {high}]"
        )
    try:
        return torch.randint(low, high + 1, shape, generator=generator, dtype=dtype)
    except RuntimeError as error:  # size passed every check but cannot be allocated #zh: size 通过了检查，但内存分配失败
        raise ValueError(
            f"randint_inclusive(): size {shape} ({math.prod(shape)} elements) cannot be "
            f"allocated: {error}"
        ) from None


def train_val_split(
    n: int, val_fraction: float, generator: torch.Generator | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """Shuffle ``range(n)`` with ``torch.randperm`` and cut it into train and validation ids.

    The validation part has ``floor(n * val_fraction)`` ids; the two parts are disjoint
    and together hold every id once.

    Args:
        n: number of samples, ``>= 0`` (an int, a NumPy int or a 0-d integer tensor).
        val_fraction: share of samples for validation, a real number in [0, 1].
        generator: optional CPU ``torch.Generator`` so that the split is reproducible.

    Returns:
        ``(train_ids, val_ids)``: two ``int64`` CPU tensors.

    Raises:
        TypeError: ``n`` is not an int (bools and floats are refused), ``val_fraction``
            is not a real number, or ``generator`` is not a ``torch.Generator``.
        ValueError: ``n < 0``, ``n`` too large to allocate, ``val_fraction`` outside
            [0, 1], or a generator that is not on the CPU.

    Examples:
        >>> train, val = train_val_split(10, 0.3, generator=torch.Generator().manual_seed(0))
        >>> train, val
        (tensor([4, 1, 7, 5, 3, 9, 0]), tensor([8, 6, 2]))
    """
    n = _as_int("train_val_split", "n", n)
    if n < 0:
        raise ValueError(f"train_val_split(): n must be >= 0, got {n}")
    if n > INT64_MAX:
        raise ValueError(f"train_val_split(): n must be <= 2**63 - 1, got {n}")
    check_number("train_val_split", "val_fraction", val_fraction, what="a real number", kinds=numbers.Real)
    if not 0 <= val_fraction <= 1:  # NaN fails this too #zh: NaN 同样通不过
        raise ValueError(f"train_val_split(): val_fraction must be in [0, 1], got {val_fraction}")
    _check_generator("train_val_split", generator)
    try:
        perm = torch.randperm(n, generator=generator)
    except RuntimeError as error:  # n passed every check but cannot be allocated #zh: n 通过了检查，但内存分配失败
        raise ValueError(f"train_val_split(): n={n} ids cannot be allocated: {error}") from None
    n_val = math.floor(n * float(val_fraction))
    return perm[: n - n_val], perm[n - n_val :]


def seed_everything(seed: int) -> dict[str, int | None]:
    """Seed Python's ``random``, NumPy (if installed) and torch; return what was seeded.

    ``torch.manual_seed`` seeds torch's CPU generator and, on a machine with CUDA, every
    GPU's generator as well (it calls ``torch.cuda.manual_seed_all``), so no separate call
    for the GPUs is needed.

    Args:
        seed: an int in ``[0, 2**32)`` (NumPy's legacy seeding accepts no more); NumPy
            ints and 0-d integer tensors work too.

    Returns:
        ``{"python": seed, "numpy": seed or None without NumPy, "torch": seed}``.

    Raises:
        TypeError: ``seed`` is not an int (bools and floats are refused).
        ValueError: ``seed`` outside ``[0, 2**32)``.

    Examples:
        >>> seed_everything(0)["torch"]
        0
        >>> torch.rand(2)
        tensor([0.4963, 0.7682])
    """
    seed = _as_int("seed_everything", "seed", seed)
    if not 0 <= seed < 2**32:
        raise ValueError(f"seed_everything(): seed must be in [0, 2**32), got {seed}")
    random.seed(seed)
    try:
        import numpy
    except ImportError:  # numpy is optional for torch users #zh: torch 用户不一定安装 numpy
        numpy_seed = None
    else:
        numpy.random.seed(seed)
        numpy_seed = seed
    torch.manual_seed(seed)
    return {"python": seed, "numpy": numpy_seed, "torch": seed}


def deterministic_mode(enabled: bool = True) -> contextlib.AbstractContextManager[dict[str, tuple[object, object]]]:
    """Switch every reproducibility setting at once; restore the previous ones on exit.

    Inside the ``with`` block, ``torch.use_deterministic_algorithms`` is on (ops without a
    deterministic implementation raise), ``cudnn.deterministic`` is on and
    ``cudnn.benchmark`` is off (cuDNN settings, which matter on CUDA only), and
    ``CUBLAS_WORKSPACE_CONFIG`` is ``:4096:8``, which the documentation of older releases
    asks for on CUDA (the documentation of torch 2.13 and 2.14 no longer does).
    ``enabled=False`` turns the first two off instead. Errors inside the block restore the
    settings too.

    Args:
        enabled: ``True`` to switch determinism on, ``False`` to switch it off.

    Returns:
        A context manager; ``with deterministic_mode() as changed`` gives
        ``{setting: (before, inside)}`` for the settings this call changed.

    Raises:
        TypeError: ``enabled`` is not a bool (torch's own switches refuse 1 and NumPy
            bools as well).

    Examples:
        >>> with deterministic_mode() as changed:
        ...     torch.are_deterministic_algorithms_enabled()
        True
        >>> sorted(changed)
        ['CUBLAS_WORKSPACE_CONFIG', 'cudnn.deterministic', 'use_deterministic_algorithms']
        >>> torch.are_deterministic_algorithms_enabled()  # restored #zh: 已恢复
        False
        >>> with deterministic_mode():
        ...     raise KeyError("inside")
        Traceback (most recent call last):
            ...
        KeyError: 'inside'
        >>> torch.are_deterministic_algorithms_enabled()  # restored after an error too #zh: 出错后同样恢复
        False
    """
    check_bool("deterministic_mode", "enabled", enabled)
    return _DeterministicMode(enabled)


class _DeterministicMode(contextlib.AbstractContextManager):
    """The settings are read on each entry and restored on its exit, so one object can be
    entered again, or inside itself (a generator-based context manager cannot)."""

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled
        self._saved: list[dict[str, object]] = []  # one entry per ``with`` still open

    def __enter__(self) -> dict[str, tuple[object, object]]:
        before, enabled = _settings(), self._enabled
        wanted = {
            "use_deterministic_algorithms": enabled,
            "warn_only": False,
            "cudnn.deterministic": enabled,
            "cudnn.benchmark": False if enabled else before["cudnn.benchmark"],
            "CUBLAS_WORKSPACE_CONFIG": ":4096:8" if enabled else before["CUBLAS_WORKSPACE_CONFIG"],
        }
        _apply(wanted)
        self._saved.append(before)
        return {k: (before[k], v) for k, v in wanted.items() if before[k] != v}

    def __exit__(self, *exc_info: object) -> None:
        _apply(self._saved.pop())


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


def _describe(value: Any) -> str:
    """What a refused int argument is: ``bool``, ``a tensor of shape (2,) on cpu``, ``float``."""
    if isinstance(value, bool) or (isinstance(value, torch.Tensor) and value.dtype == torch.bool):
        return "bool"
    if isinstance(value, torch.Tensor) and (value.numel() != 1 or value.is_meta):
        return f"a tensor of shape {tuple(value.shape)} on {value.device}"
    return type(value).__name__


#: An integer as torch takes it (int, NumPy int, integer tensor of one element), never a bool.
_as_int = partial(check_int_like, describe=_describe)


def _as_size(fn: str, size: Any) -> tuple[int, ...]:
    """A shape as torch.randint takes it: a tuple, list or torch.Size of non-negative ints."""
    if not isinstance(size, (tuple, list)):  # torch.Size is a tuple
        raise TypeError(
            f"{fn}(): size must be a tuple, list or torch.Size of ints such as (3,), "
            f"got {type(size).__name__}"
        )
    shape = tuple(_as_int(fn, f"size[{i}]", n) for i, n in enumerate(size))
    negative = [n for n in shape if n < 0]
    if negative:
        raise ValueError(f"{fn}(): size must not hold negative numbers, got {shape}")
    for i, n in enumerate(shape):
        if n > INT64_MAX:
            raise ValueError(f"{fn}(): size[{i}] must be <= 2**63 - 1, got {n}")
    return shape


def _check_generator(fn: str, generator: Any) -> None:
    if generator is None:
        return
    if not isinstance(generator, torch.Generator):
        raise TypeError(f"{fn}(): generator must be a torch.Generator or None, got {type(generator).__name__}")
    if generator.device.type != "cpu":
        raise ValueError(f"{fn}(): generator must be a CPU generator, got one on {generator.device}")


def _exact_range(dtype: torch.dtype) -> tuple[int, int]:
    """The integers ``[low, high]`` that ``dtype`` holds exactly and torch.randint can reach."""
    if dtype == torch.bool:
        return 0, 1
    if dtype.is_floating_point:
        digits = {torch.float16: 11, torch.bfloat16: 8, torch.float32: 24, torch.float64: 53}[dtype]
        return -(2**digits), 2**digits
    info = torch.iinfo(dtype)
    return info.min, min(info.max, INT64_MAX - 1)
