"""Argument checks shared by the shape helpers.

torch reads an integer argument (a dim, a size, a pad amount) through ``__index__``: Python
and NumPy integers and 0-d integer tensors pass, floats never do (they are not truncated),
and ``bool`` is refused although Python counts it as an int. These checks do the same and
name the argument in the message. They live here rather than in ``torchnotes._checks``
because the integer check there takes Python ints only.
"""

from __future__ import annotations

import operator
from typing import Any

import torch

from torchnotes._checks import check_tensor


def describe(value: Any) -> str:
    """What ``value`` is, for an error message: ``float``, ``a 1-d torch.int64 tensor``."""
    if isinstance(value, torch.Tensor):
        return f"a {value.dim()}-d {value.dtype} tensor"
    return type(value).__name__


def as_int(fn: str, name: str, value: Any, *, minimum: int | None = None) -> int:
    """``value`` as a Python int, read the way torch reads an int argument.

    A 1-element 1-d tensor has an ``__index__`` too, but torch refuses it as an int
    argument, so only 0-d tensors pass; a bool tensor is refused like a bool.
    """
    refused = isinstance(value, bool) or (
        isinstance(value, torch.Tensor) and (value.dim() != 0 or value.dtype == torch.bool)
    )
    try:
        if refused:
            raise TypeError
        number = operator.index(value)
    except (TypeError, RuntimeError):  # RuntimeError: a meta tensor has no value to read
        raise TypeError(f"{fn}(): {name} must be an int, got {describe(value)}") from None
    if minimum is not None and number < minimum:
        raise ValueError(f"{fn}(): {name} must be >= {minimum}, got {number}")
    return number


def as_dim(fn: str, name: str, dim: Any, ndim: int) -> int:
    """A possibly negative dimension of a tensor with ``ndim`` dimensions, returned ``>= 0``.

    A 0-d tensor accepts dim 0 and -1, as in torch.
    """
    dim = as_int(fn, name, dim)
    low, high = -max(ndim, 1), max(ndim, 1) - 1
    if not low <= dim <= high:
        raise ValueError(
            f"{fn}(): {name} must be in [{low}, {high}] for a {ndim}-d tensor, got {dim}"
        )
    return dim % max(ndim, 1)


def dense(fn: str, name: str, value: Any) -> torch.Tensor:
    """Raise ``TypeError`` unless ``value`` is a dense (strided), non-quantized tensor.

    The references index and copy plain memory; sparse, nested and quantized tensors
    follow other rules in torch.
    """
    check_tensor(fn, name, value)
    if value.layout != torch.strided:
        raise TypeError(
            f"{fn}(): {name} has layout {value.layout}; this reference handles dense "
            f"(torch.strided) tensors only"
        )
    if value.is_quantized:
        raise TypeError(
            f"{fn}(): {name} is quantized ({value.dtype}); this reference handles "
            f"non-quantized tensors only"
        )
    return value
