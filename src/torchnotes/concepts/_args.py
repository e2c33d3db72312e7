"""Argument checks of the concept helpers: ``torchnotes._checks`` with this group's options."""

from __future__ import annotations

import math
import numbers
from typing import Any

import torch

from torchnotes._checks import (
    FLOAT32_64,
    FLOAT32_64_MESSAGE,
    check_bool,
    check_dense,
    check_floating,
    check_int_like,
    check_number,
)

#: The dtypes the concept references are proven equal to torch on; half precision,
#: bfloat16 and complex inputs are refused rather than followed approximately.
FLOAT_DTYPES = FLOAT32_64

#: ``check_dense``'s message here: a nested tensor has the strided layout, so say "(nested)".
DENSE_MESSAGE = "{name} must be a dense (strided) tensor, got layout {layout}{detail}"

#: The largest value torch reads into an int64 size or stride: a larger count fails inside
#: torch with an unpacking error, so the helpers refuse it first.
INT64_MAX = 2**63 - 1


def check_float(fn: str, name: str, value: Any, *, ndim: int | None = None) -> torch.Tensor:
    """A strided float32/float64 tensor (of ``ndim`` dimensions if given), else an error."""
    check_dense(fn, name, value, message=DENSE_MESSAGE)
    check_floating(fn, name, value, dtypes=FLOAT_DTYPES, message=FLOAT32_64_MESSAGE)
    if ndim is not None and value.dim() != ndim:
        raise ValueError(f"{fn}(): {name} must be {ndim}-d, got shape {tuple(value.shape)}")
    return value


def check_real(fn: str, name: str, value: Any, *, positive: bool = False) -> float:
    """A real number (int or float, not bool), finite, ``> 0`` if ``positive``."""
    value = check_number(fn, name, value, what="a real number", kinds=numbers.Real)
    try:
        value = float(value)
    except OverflowError:  # an int past float's range: no finite float to compute with #zh: 超出 float 范围的整数：没有有限的 float 可用
        raise ValueError(
            f"{fn}(): {name} must be {'> 0 and ' if positive else ''}finite, got an int too large for a float"
        ) from None
    if not math.isfinite(value) or (positive and value <= 0):
        raise ValueError(f"{fn}(): {name} must be {'> 0 and ' if positive else ''}finite, got {value}")
    return value


def check_count(fn: str, name: str, value: Any, *, minimum: int) -> int:
    """An integer-like ``>= minimum`` (``check_int_like``) that fits torch's int64."""
    value = check_int_like(fn, name, value)
    if value < minimum:
        raise ValueError(f"{fn}(): {name} must be >= {minimum}, got {big_int(value)}")
    if value > INT64_MAX:
        raise ValueError(f"{fn}(): {name} must be <= 2**63 - 1 (torch's int64), got {big_int(value)}")
    return value


def check_flag(fn: str, name: str, value: Any) -> bool:
    """``check_bool``, naming a NumPy bool ``numpy.bool`` (its type's name is ``bool`` too)."""
    if not isinstance(value, bool) and type(value).__module__ == "numpy":
        raise TypeError(f"{fn}(): {name} must be a bool, got numpy.{type(value).__name__}")
    return check_bool(fn, name, value)


def big_int(value: int) -> str:
    """``value`` for a message, or its size in bits when printing it would flood the message
    (Python refuses to print an int of more than 4300 digits at all)."""
    if value.bit_length() <= 128:
        return str(value)
    return f"{'a negative' if value < 0 else 'an'} int of {value.bit_length()} bits"
