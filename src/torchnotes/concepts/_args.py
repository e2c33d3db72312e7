"""Argument checks of the concept helpers (local: only this group uses them)."""

from __future__ import annotations

from typing import Any

import torch

#: The dtypes the concept references are proven equal to torch on; half precision,
#: bfloat16 and complex inputs are refused rather than followed approximately.
FLOAT_DTYPES = (torch.float32, torch.float64)


def check_float(fn: str, name: str, value: Any, *, ndim: int | None = None) -> torch.Tensor:
    """A strided float32/float64 tensor (of ``ndim`` dimensions if given), else an error."""
    if not isinstance(value, torch.Tensor):
        raise TypeError(f"{fn}(): {name} must be a torch.Tensor, got {type(value).__name__}")
    if value.layout != torch.strided or value.is_nested or value.is_quantized:
        raise TypeError(f"{fn}(): {name} must be a dense (strided) tensor, got layout {value.layout}")
    if value.dtype not in FLOAT_DTYPES:
        raise TypeError(
            f"{fn}(): {name} must be float32 or float64, got {value.dtype} "
            "(the reference does not follow torch on other dtypes)"
        )
    if ndim is not None and value.dim() != ndim:
        raise ValueError(f"{fn}(): {name} must be {ndim}-d, got shape {tuple(value.shape)}")
    return value


def check_like(fn: str, name: str, value: torch.Tensor, first: str, like: torch.Tensor) -> None:
    """``value`` has the dtype and device of ``like`` (the argument called ``first``)."""
    if value.dtype != like.dtype:
        raise TypeError(f"{fn}(): {name} must have {first}'s dtype {like.dtype}, got {value.dtype}")
    if value.device != like.device:
        raise ValueError(f"{fn}(): {name} must be on {first}'s device {like.device}, got {value.device}")


def check_shape(fn: str, name: str, value: torch.Tensor, shape: tuple[int, ...]) -> None:
    if tuple(value.shape) != tuple(shape):
        raise ValueError(f"{fn}(): {name} must have shape {tuple(shape)}, got {tuple(value.shape)}")


def check_real(fn: str, name: str, value: Any, *, positive: bool = False) -> float:
    """A real number (int or float, not bool), finite, ``> 0`` if ``positive``."""
    import math
    import numbers

    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{fn}(): {name} must be a real number, got {type(value).__name__}")
    value = float(value)
    if not math.isfinite(value) or (positive and value <= 0):
        raise ValueError(f"{fn}(): {name} must be {'> 0 and ' if positive else ''}finite, got {value}")
    return value


def check_flag(fn: str, name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{fn}(): {name} must be a bool, got {type(value).__name__}")
    return value
