"""Argument checks of the concept helpers: ``torchnotes._checks`` with this group's options."""

from __future__ import annotations

import math
import numbers
from typing import Any

import torch

from torchnotes._checks import (
    FLOAT32_64,
    FLOAT32_64_MESSAGE,
    check_dense,
    check_floating,
    check_number,
)

#: The dtypes the concept references are proven equal to torch on; half precision,
#: bfloat16 and complex inputs are refused rather than followed approximately.
FLOAT_DTYPES = FLOAT32_64

#: ``check_dense``'s message here: a nested tensor has the strided layout, so say "(nested)".
DENSE_MESSAGE = "{name} must be a dense (strided) tensor, got layout {layout}{detail}"

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
