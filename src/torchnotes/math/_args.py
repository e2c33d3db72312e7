"""Argument checks of the math helpers: ``torchnotes._checks`` with the math wording.

torch reads an integer argument through ``__index__``: NumPy integers and one-element
integer tensors are ints to it, a float never is, and a bool is refused for dims and counts.
Numbers (bounds, replacements, corrections) may also be NumPy scalars. These checks follow
those rules and name the argument, what it got and what was expected.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from functools import partial
from typing import Any

import torch

from torchnotes._checks import (
    check_bool,
    check_broadcast,
    check_dense,
    check_dim,
    check_int_like,
    check_number,
    check_same_device,
    shown_int,
)

# torch has only a few kernels for these (no topk, clamp, matmul or rounding division)
WIDE_UNSIGNED = (torch.uint16, torch.uint32, torch.uint64)


def _kind(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        where = " on meta (no value to read)" if value.device.type == "meta" else ""
        return f"a {value.dtype} tensor{where}"
    return type(value).__name__


#: The shared checks, saying what a refused value is as ``_kind`` does.
index = partial(check_int_like, describe=_kind)
real = partial(check_number, what="a real number", kinds=numbers.Real, describe=_kind)
_dense = partial(check_dense, message="{name} must be a dense (strided) tensor, got a {kind} tensor")

#: The dtypes these references compute in. torch has few or no CPU kernels for the others
#: (float8, float4, complex32, bits8 and the sub-byte int1-int7 and uint1-uint7), so
#: they fail inside torch with a NotImplementedError instead of a result to match.
SUPPORTED = (
    torch.bool,
    torch.uint8,
    torch.int8,
    torch.int16,
    torch.int32,
    torch.int64,
    *WIDE_UNSIGNED,
    torch.float16,
    torch.bfloat16,
    torch.float32,
    torch.float64,
    torch.complex64,
    torch.complex128,
)


def tensor(fn: str, name: str, value: Any) -> torch.Tensor:
    """A dense tensor of a dtype in ``SUPPORTED``, else a ``TypeError``.

    The references index and compare values, which sparse, nested and quantized tensors
    do not offer the same way.
    """
    _dense(fn, name, value)
    if value.dtype not in SUPPORTED:
        raise TypeError(
            f"{fn}(): {name} of dtype {value.dtype} is not supported (torch has few or no "
            f"kernels for it); use an integer, bool, float16/bfloat16/float32/float64 or "
            f"complex64/complex128 tensor"
        )
    return value
#: torch refuses to mix devices in these ops (and einsum even misbehaves on meta + cpu).
same_device = check_same_device
broadcast = check_broadcast


def result_type(fn: str, first: tuple[str, torch.Tensor], second: tuple[str, torch.Tensor]) -> torch.dtype:
    """``torch.result_type`` of two tensors, or a ``TypeError`` where torch does not promote.

    torch promotes ``uint16``, ``uint32`` and ``uint64`` only with themselves (and float8
    not at all), raising a ``RuntimeError``.
    """
    (a_name, a), (b_name, b) = first, second
    try:
        return torch.result_type(a, b)
    except RuntimeError:
        raise TypeError(
            f"{fn}(): {a_name} ({a.dtype}) and {b_name} ({b.dtype}) have dtypes torch does not "
            f"promote together; convert them to one dtype first"
        ) from None


def double(fn: str, name: str, value: Any) -> float:
    """``value`` as the double torch reads a number argument into; an int beyond its range
    (``10**400``) is a ``ValueError`` naming ``name`` rather than Python's OverflowError."""
    try:
        return float(value)
    except OverflowError:
        raise ValueError(f"{fn}(): {name} is {shown_int(value)}, too large for a double") from None


def flag(fn: str, name: str, value: Any) -> bool:
    """``check_bool``, saying what a refused tensor is as ``_kind`` does."""
    if isinstance(value, torch.Tensor):
        raise TypeError(f"{fn}(): {name} must be a bool, got {_kind(value)}")
    return check_bool(fn, name, value)


def dim(fn: str, name: str, value: Any, ndim: int) -> int:
    """A possibly negative dimension of a tensor with ``ndim`` dims, returned as ``>= 0``."""
    return check_dim(fn, name, value, ndim, int_like=True, describe=_kind)


def dims(fn: str, value: Any, ndim: int) -> list[int]:
    """``dim`` of a reduction: ``None``, one dim or a sequence of distinct dims, as ``>= 0``.

    An empty sequence means every dimension, as in ``torch.var``.
    """
    if value is None or (isinstance(value, (tuple, list)) and not value):
        return list(range(ndim))
    raw = value if isinstance(value, (tuple, list)) else (value,)
    out = [dim(fn, "dim", d, ndim) for d in raw]
    if len(set(out)) != len(out):
        raise ValueError(f"{fn}(): dim must not name a dimension twice, got {value}")
    return out


def common_device(fn: str, named: Sequence[tuple[str, torch.Tensor]]) -> torch.device:
    """The device of an element-wise result: a 0-d CPU tensor may join any device, as in torch."""
    devices = {t.device for _, t in named if not (t.dim() == 0 and t.device.type == "cpu")}
    if len(devices) > 1:
        same_device(fn, [(name, t) for name, t in named if t.dim() or t.device.type != "cpu"])
    return devices.pop() if devices else named[0][1].device
