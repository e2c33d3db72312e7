"""Argument checks shared by the layer helpers of ``linear`` ... ``layer_norm``.

The dense, dtype, device and flag checks are ``torchnotes._checks``'s; the ones here are
used by these layer families only. Each takes the public function name so messages read ``conv2d(): stride must ...``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from operator import index
from typing import Any

import torch

from torchnotes._checks import (
    FLOAT32_64,
    FLOAT32_64_MESSAGE,
    check_dense,
    check_floating,
    check_int_like,
    check_like,
)
from torchnotes._checks import INT64_MAX

#: The dtypes the layer references are proven equal to torch on. Half precision and
#: bfloat16 accumulate differently on each backend, and complex inputs are not what these
#: layers are for, so they are refused rather than followed approximately.
FLOAT_DTYPES = FLOAT32_64


def check_float(fn: str, name: str, value: Any) -> torch.Tensor:
    """A strided float32/float64 tensor, else ``TypeError`` saying what was got."""
    check_dense(fn, name, value, message="{name} must be a dense (strided) tensor, got layout {layout}{detail}")
    return check_floating(fn, name, value, dtypes=FLOAT_DTYPES, message=FLOAT32_64_MESSAGE)


def check_optional_float(fn: str, name: str, value: Any, like: torch.Tensor) -> torch.Tensor | None:
    """``None`` or a tensor with ``like``'s dtype and device."""
    if value is None:
        return None
    check_float(fn, name, value)
    check_like(fn, [("input", like), (name, value)])
    return value


def int_tuple(fn: str, name: str, value: Any, n: int, *, minimum: int) -> tuple[int, ...]:
    """An int or a sequence of ``n`` ints (each ``>= minimum``) as an ``n``-tuple."""
    if isinstance(value, (tuple, list)):
        if len(value) != n:
            raise ValueError(f"{fn}(): {name} must be an int or {n} ints, got {len(value)} values")
        items = [check_int_like(fn, name, v) for v in value]
    else:
        if isinstance(value, torch.Tensor) and value.dim() == 1:
            raise TypeError(f"{fn}(): {name} must be an int or a tuple of ints, got a 1-d tensor")
        items = [check_int_like(fn, name, value)] * n
    for v in items:
        if v < minimum:
            raise ValueError(f"{fn}(): {name} must be >= {minimum}, got {value!r}")
    return tuple(items)


# check_prob and check_real are not _checks.check_number: like torch's layers they also read
# NumPy numbers and one-element tensors through float(), and they say "must be a float".
def check_prob(fn: str, name: str, value: Any) -> float:
    """A probability in ``[0, 1]`` given as a real number (not a bool, not a string)."""
    if isinstance(value, (bool, complex, str, bytes)):
        raise TypeError(f"{fn}(): {name} must be a float, got {type(value).__name__}")
    try:
        p = float(value)
    except (TypeError, ValueError, RuntimeError):  # RuntimeError: a meta or many-element tensor
        raise TypeError(f"{fn}(): {name} must be a float, got {_describe(value)}") from None
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"{fn}(): {name} must be in [0, 1], got {value!r}")
    return p


def check_real(fn: str, name: str, value: Any, *, positive: bool = False) -> float:
    """A finite real number (``int``/``float``/NumPy float, not a bool)."""
    if isinstance(value, bool) or isinstance(value, (complex, str)):
        raise TypeError(f"{fn}(): {name} must be a float, got {type(value).__name__}")
    try:
        number = float(value)
    except (TypeError, ValueError, RuntimeError):  # RuntimeError: a meta or many-element tensor
        raise TypeError(f"{fn}(): {name} must be a float, got {_describe(value)}") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(f"{fn}(): {name} must be finite, got {value!r}")
    if positive and number <= 0:
        raise ValueError(f"{fn}(): {name} must be > 0, got {value!r}")
    return number


def _describe(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"a {value.dtype} tensor of shape {tuple(value.shape)} on {value.device}"
    return type(value).__name__


def check_ndim(fn: str, name: str, value: torch.Tensor, allowed: tuple[int, ...], what: str) -> None:
    if value.dim() not in allowed:
        raise ValueError(
            f"{fn}(): {name} must be {what}, got a {value.dim()}-d tensor of shape "
            f"{tuple(value.shape)}"
        )


__all__ = [
    "FLOAT_DTYPES", "check_float", "check_optional_float", "int_tuple",
    "check_prob", "check_real", "check_ndim", "index",
]


#: Past this many elements an intermediate or a result cannot be allocated anyway; saying
#: so at once beats an allocator error (or a long wait) from inside.
MAX_ELEMENTS = 2**40


def check_int64(fn: str, name: str, value: Any) -> None:
    """``ValueError`` unless every int of ``value`` (an int or a tuple) fits torch's int64."""
    for v in value if isinstance(value, tuple) else (value,):
        if v > INT64_MAX:
            raise ValueError(f"{fn}(): {name} must be <= 2**63 - 1 (torch's int64), got {v}")


@contextmanager
def allocation(fn: str, what: str) -> Iterator[None]:
    """Turn an allocator's refusal inside the block into a ``ValueError`` naming ``what``.

    A size below ``MAX_ELEMENTS`` may still be more than the machine holds; the allocator
    then refuses at once with a ``RuntimeError`` (``torch.OutOfMemoryError`` on a GPU),
    which is the caller's size, not a bug, so it is reported as such. Other errors pass.
    """
    try:
        yield
    except RuntimeError as error:
        if not isinstance(error, torch.OutOfMemoryError) and "allocate" not in str(error):
            raise
        raise ValueError(
            f"{fn}(): not enough memory for {what} ({type(error).__name__} from the allocator)"
        ) from None


__all__ += ["MAX_ELEMENTS", "check_int64", "allocation"]
