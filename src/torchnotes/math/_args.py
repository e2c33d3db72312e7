"""Argument checks of the math helpers that ``torchnotes._checks`` does not cover yet.

torch reads an integer argument through ``__index__``: NumPy integers and one-element
integer tensors are ints to it, a float never is, and a bool is refused for dims and counts.
Numbers (bounds, replacements, corrections) may also be NumPy scalars. These checks follow
those rules and name the argument, what it got and what was expected.
"""

from __future__ import annotations

import numbers
import operator
from collections.abc import Sequence
from typing import Any

import torch

# torch has only a few kernels for these (no topk, clamp, matmul or rounding division)
WIDE_UNSIGNED = (torch.uint16, torch.uint32, torch.uint64)


def _kind(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"a {value.dtype} tensor"
    return type(value).__name__


def index(fn: str, name: str, value: Any, *, minimum: int | None = None) -> int:
    """``value`` as a Python int, as torch reads it; never a bool, never a truncated float."""
    is_bool_tensor = isinstance(value, torch.Tensor) and value.dtype == torch.bool
    if isinstance(value, bool) or is_bool_tensor:
        raise TypeError(f"{fn}(): {name} must be an int, got {_kind(value)}")
    try:
        number = operator.index(value)
    except (TypeError, RuntimeError):  # RuntimeError: a meta tensor has no value to read
        raise TypeError(f"{fn}(): {name} must be an int, got {_kind(value)}") from None
    if minimum is not None and number < minimum:
        raise ValueError(f"{fn}(): {name} must be >= {minimum}, got {number}")
    return number


def dim(fn: str, name: str, value: Any, ndim: int) -> int:
    """A possibly negative dimension of a tensor with ``ndim`` dims, returned as ``>= 0``.

    A 0-d tensor accepts ``0`` and ``-1``, as in torch.
    """
    d = index(fn, name, value)
    low, high = -max(ndim, 1), max(ndim, 1) - 1
    if not low <= d <= high:
        raise ValueError(f"{fn}(): {name} must be in [{low}, {high}] for a {ndim}-d tensor, got {d}")
    return d % max(ndim, 1)


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


def real(fn: str, name: str, value: Any) -> int | float:
    """A real number (Python or NumPy scalar, not bool) as a Python int or float.

    ``bool`` is refused on purpose: ``True`` passed as a bound or a replacement is a bug.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{fn}(): {name} must be a real number, got {_kind(value)}")
    return operator.index(value) if isinstance(value, numbers.Integral) else float(value)


def tensor(fn: str, name: str, value: Any) -> torch.Tensor:
    """A dense tensor: the references index and compare values, which sparse, nested and
    quantized tensors do not offer the same way."""
    if not isinstance(value, torch.Tensor):
        raise TypeError(f"{fn}(): {name} must be a torch.Tensor, got {_kind(value)}")
    if value.layout != torch.strided or value.is_nested or value.is_quantized:
        kind = "nested" if value.is_nested else "quantized" if value.is_quantized else value.layout
        raise TypeError(f"{fn}(): {name} must be a dense (strided) tensor, got a {kind} tensor")
    return value


def same_device(fn: str, named: Sequence[tuple[str, torch.Tensor]]) -> None:
    """torch refuses to mix devices in these ops (and einsum even misbehaves on meta + cpu)."""
    first_name, first = named[0]
    for name, t in named[1:]:
        if t.device != first.device:
            raise ValueError(
                f"{fn}(): {first_name} and {name} must be on one device, got {first.device} "
                f"and {t.device}"
            )


def broadcast(fn: str, named: Sequence[tuple[str, torch.Tensor]]) -> torch.Size:
    """The broadcast shape of the tensors, or a ValueError naming two that clash.

    Sizes agree dimension by dimension, so tensors that broadcast pairwise broadcast together.
    """
    for i, (a_name, a) in enumerate(named):
        for b_name, b in named[i + 1 :]:
            try:
                torch.broadcast_shapes(a.shape, b.shape)
            except RuntimeError:
                raise ValueError(
                    f"{fn}(): {a_name} of shape {tuple(a.shape)} and {b_name} of shape "
                    f"{tuple(b.shape)} do not broadcast"
                ) from None
    return torch.broadcast_shapes(*(t.shape for _, t in named))


def common_device(fn: str, named: Sequence[tuple[str, torch.Tensor]]) -> torch.device:
    """The device of an element-wise result: a 0-d CPU tensor may join any device, as in torch."""
    devices = {t.device for _, t in named if not (t.dim() == 0 and t.device.type == "cpu")}
    if len(devices) > 1:
        same_device(fn, [(name, t) for name, t in named if t.dim() or t.device.type != "cpu"])
    return devices.pop() if devices else named[0][1].device
