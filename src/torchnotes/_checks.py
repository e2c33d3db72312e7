"""Argument checks shared by the helpers.

Each check takes the public function name ``fn`` so that messages read
``gather(): dim must be ...`` without any frame inspection.

Every helper validates its arguments up front so that a mistake surfaces as a
``TypeError``/``ValueError`` naming the argument, what it got and what it expected,
instead of an ``IndexError`` from deep inside a loop.
"""

from __future__ import annotations

from typing import Any

import torch


def check_tensor(fn: str, name: str, value: Any) -> torch.Tensor:
    """Raise ``TypeError`` unless ``value`` is a tensor."""
    if not isinstance(value, torch.Tensor):
        raise TypeError(f"{fn}(): {name} must be a torch.Tensor, got {type(value).__name__}")
    return value


def check_int(fn: str, name: str, value: Any, *, minimum: int | None = None) -> int:
    """Raise unless ``value`` is an ``int`` (not a bool) that is ``>= minimum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{fn}(): {name} must be an int, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{fn}(): {name} must be >= {minimum}, got {value}")
    return value


def check_dim(fn: str, name: str, dim: Any, ndim: int) -> int:
    """Validate a possibly negative dimension for a tensor of rank ``ndim``; return it >= 0."""
    if isinstance(dim, bool) or not isinstance(dim, int):
        raise TypeError(f"{fn}(): {name} must be an int, got {type(dim).__name__}")
    low, high = -max(ndim, 1), max(ndim, 1) - 1
    if not low <= dim <= high:
        raise ValueError(
            f"{fn}(): {name} must be in [{low}, {high}] for a {ndim}-d tensor, got {dim}"
        )
    return dim % max(ndim, 1)


def check_bool(fn: str, name: str, value: Any) -> bool:
    """Raise ``TypeError`` unless ``value`` is a real ``bool`` (1 and "yes" are not flags)."""
    if not isinstance(value, bool):
        raise TypeError(f"{fn}(): {name} must be a bool, got {type(value).__name__}")
    return value


def check_floating(fn: str, name: str, value: Any) -> torch.Tensor:
    """Raise ``TypeError`` unless ``value`` is a floating-point tensor."""
    check_tensor(fn, name, value)
    if not value.dtype.is_floating_point:
        raise TypeError(f"{fn}(): {name} must be a floating-point tensor, got {value.dtype}")
    return value


def check_number(fn: str, name: str, value: Any, *, what: str = "a number") -> int | float:
    """Raise ``TypeError`` unless ``value`` is an int or float; a bool is refused on purpose.

    ``bool`` subclasses ``int``, but ``True`` passed as a bound or fraction is a bug.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{fn}(): {name} must be {what}, got {type(value).__name__}")
    return value


def check_int_like(fn: str, name: str, value: Any, *, minimum: int | None = None) -> int:
    """Return ``value`` as an ``int`` if Python would use it as an index, else raise ``TypeError``.

    Accepts what ``operator.index`` accepts, as torch does for sizes and ids: ``int``, NumPy
    integers and one-element integer tensors. A float is never truncated, and a ``bool``
    (Python's or a bool tensor) is refused although ``operator.index(True)`` is 1.
    """
    from operator import index  # local: the module's other checks need no import

    if isinstance(value, bool) or (isinstance(value, torch.Tensor) and value.dtype == torch.bool):
        raise TypeError(f"{fn}(): {name} must be an int, got bool")
    try:
        number = index(value)
    except (TypeError, RuntimeError):  # RuntimeError: a meta tensor has no value to read
        got = type(value).__name__
        if isinstance(value, torch.Tensor):
            got = f"a {value.dtype} tensor of shape {tuple(value.shape)} on {value.device}"
        raise TypeError(f"{fn}(): {name} must be an int, got {got}") from None
    if minimum is not None and number < minimum:
        raise ValueError(f"{fn}(): {name} must be >= {minimum}, got {number}")
    return number
