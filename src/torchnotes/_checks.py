"""Argument checks shared by the helpers.

Each check takes the public function name ``fn`` so that messages read
``gather(): dim must be ...`` without any frame inspection.

Every helper validates its arguments up front so that a mistake surfaces as a
``TypeError``/``ValueError`` naming the argument, what it got and what it expected,
instead of an ``IndexError`` from deep inside a loop.

There is one check per rule (an int-like, a dim in range, a real number, a flag, a dense
tensor, a float tensor of given dtypes, one device, one dtype and device, broadcastable
shapes). The helper groups grew their own wordings of the same rule before these were
shared, and tests match those wordings, so the checks take the wording as an option
(``describe=``, ``what=``, ``message=``): a group binds its options once, e.g. with
``functools.partial``, instead of copying the logic.
"""

from __future__ import annotations

import numbers
import operator
from collections.abc import Callable, Sequence
from typing import Any

import torch

#: The dtypes most references are proven equal to torch on: half precision and bfloat16
#: round differently on each backend, and complex inputs are not what they are for.
FLOAT32_64 = (torch.float32, torch.float64)


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


def check_bool(fn: str, name: str, value: Any) -> bool:
    """Raise ``TypeError`` unless ``value`` is a real ``bool`` (1 and "yes" are not flags).

    A NumPy bool is named ``numpy.bool``: its type's name is ``bool`` too.

    >>> import numpy as np
    >>> check_bool("f", "flag", np.True_)
    Traceback (most recent call last):
        ...
    TypeError: f(): flag must be a bool, got numpy.bool
    """
    if not isinstance(value, bool):
        kind = type(value)
        shown = f"numpy.{kind.__name__}" if kind.__module__ == "numpy" else kind.__name__
        raise TypeError(f"{fn}(): {name} must be a bool, got {shown}")
    return value


def check_floating(
    fn: str,
    name: str,
    value: Any,
    *,
    dtypes: Sequence[torch.dtype] | None = None,
    message: str = "{name} must be a floating-point tensor, got {dtype}",
) -> torch.Tensor:
    """Raise ``TypeError`` unless ``value`` is a floating-point tensor, of one of ``dtypes`` if given.

    ``message`` is formatted with ``name`` and ``dtype`` (see ``FLOAT32_64_MESSAGE``).
    """
    check_tensor(fn, name, value)
    ok = value.dtype in dtypes if dtypes is not None else value.dtype.is_floating_point
    if not ok:
        raise TypeError(f"{fn}(): " + message.format(name=name, dtype=value.dtype))
    return value


#: ``check_floating``'s message for ``dtypes=FLOAT32_64`` in the concept and layer helpers.
FLOAT32_64_MESSAGE = (
    "{name} must be float32 or float64, got {dtype} "
    "(the reference does not follow torch on other dtypes)"
)


def check_number(
    fn: str,
    name: str,
    value: Any,
    *,
    what: str = "a number",
    kinds: type | tuple[type, ...] = (int, float),
    describe: Callable[[Any], str] | None = None,
) -> int | float:
    """Raise ``TypeError`` unless ``value`` is one of ``kinds``; a bool is refused on purpose.

    ``bool`` subclasses ``int``, but ``True`` passed as a bound or fraction is a bug.
    ``kinds=numbers.Real`` also takes NumPy scalars. Returns a Python ``int`` for an integral
    value and a ``float`` otherwise. ``describe`` says what a refused value is (default: its
    type's name).
    """
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise TypeError(f"{fn}(): {name} must be {what}, got {(describe or type_name)(value)}")
    return operator.index(value) if isinstance(value, numbers.Integral) else float(value)


def check_dense(
    fn: str,
    name: str,
    value: Any,
    *,
    nested: bool = True,
    message: str = "{name} must be a dense (strided) tensor, got layout {layout}",
    quantized: str | None = None,
) -> torch.Tensor:
    """Raise ``TypeError`` unless ``value`` is a dense tensor: strided, not quantized and,
    if ``nested``, not nested (a nested tensor may have the strided layout).

    The references index and compare plain memory, which sparse, nested and quantized
    tensors do not offer the same way. ``message`` is formatted with ``name``, ``layout``,
    ``dtype``, ``kind`` (``nested``, ``quantized`` or the layout) and ``detail`` (`` (nested)``
    or `` (quantized)``); a quantized tensor gets ``quantized`` instead where given.
    """
    check_tensor(fn, name, value)
    is_nested = nested and value.is_nested
    if value.layout == torch.strided and not is_nested and not value.is_quantized:
        return value
    if value.layout == torch.strided and not is_nested and quantized is not None:
        message = quantized
    kind = "nested" if is_nested else "quantized" if value.is_quantized else value.layout
    detail = (" (nested)" if is_nested else "") + (" (quantized)" if value.is_quantized else "")
    raise TypeError(
        f"{fn}(): "
        + message.format(name=name, layout=value.layout, dtype=value.dtype, kind=kind, detail=detail)
    )


#: ``check_dense``'s messages in the activation, loss, indexing and random helpers.
STRIDED_MESSAGE = "{name} must be a strided (dense) tensor, got layout {layout}{detail}"
NOT_QUANTIZED_MESSAGE = "{name} must not be quantized, got {dtype}"


def check_same_device(
    fn: str,
    named: Sequence[tuple[str, torch.Tensor | None]],
    *,
    message: str = "{first} and {name} must be on one device, got {first_device} and {device}",
) -> None:
    """Raise ``ValueError`` unless every tensor is on the device of the first (None is skipped).

    ``message`` is formatted with ``first``, ``name``, ``first_device`` and ``device``.
    """
    first, ref = named[0]
    for name, value in named[1:]:
        if value is not None and value.device != ref.device:
            raise ValueError(
                f"{fn}(): "
                + message.format(first=first, name=name, first_device=ref.device, device=value.device)
            )


#: ``check_same_device`` messages: ``x must be on the device of input (cpu), got meta`` and
#: ``x must be on input's device cpu, got meta``.
DEVICE_OF_MESSAGE = "{name} must be on the device of {first} ({first_device}), got {device}"
FIRSTS_DEVICE_MESSAGE = "{name} must be on {first}'s device {first_device}, got {device}"


def check_like(fn: str, named: Sequence[tuple[str, torch.Tensor | None]]) -> None:
    """Every tensor has the dtype and device of the first, as torch requires of parameters.

    A dtype mismatch is a ``TypeError``, a device mismatch a ``ValueError``; None is skipped.
    """
    first, ref = named[0]
    for name, value in named[1:]:
        if value is None:
            continue
        if value.dtype != ref.dtype:
            raise TypeError(f"{fn}(): {name} must have {first}'s dtype {ref.dtype}, got {value.dtype}")
        check_same_device(fn, [(first, ref), (name, value)], message=FIRSTS_DEVICE_MESSAGE)


def check_shape(fn: str, name: str, value: torch.Tensor, shape: tuple[int, ...]) -> None:
    """Raise ``ValueError`` unless ``value`` has exactly the shape ``shape``."""
    if tuple(value.shape) != tuple(shape):
        raise ValueError(f"{fn}(): {name} must have shape {tuple(shape)}, got {tuple(value.shape)}")


def check_broadcast(
    fn: str,
    named: Sequence[tuple[str, torch.Tensor]],
    *,
    message: str = "{a} of shape {a_shape} and {b} of shape {b_shape} do not broadcast",
) -> torch.Size:
    """The broadcast shape of the tensors, or a ``ValueError`` naming two that clash.

    Sizes agree dimension by dimension, so tensors that broadcast pairwise broadcast
    together. ``message`` is formatted with ``a``, ``a_shape``, ``b`` and ``b_shape``, ``a``
    coming first in ``named`` (see ``BROADCAST_WITH_MESSAGE``).
    """
    for i, (a_name, a) in enumerate(named):
        for b_name, b in named[i + 1 :]:
            try:
                torch.broadcast_shapes(a.shape, b.shape)
            except RuntimeError:
                raise ValueError(
                    f"{fn}(): "
                    + message.format(
                        a=a_name, a_shape=tuple(a.shape), b=b_name, b_shape=tuple(b.shape)
                    )
                ) from None
    return torch.broadcast_shapes(*(t.shape for _, t in named))


#: ``check_broadcast``'s message ``target of shape (2,) does not broadcast with input of ...``.
BROADCAST_WITH_MESSAGE = "{b} of shape {b_shape} does not broadcast with {a} of shape {a_shape}"


def type_name(value: Any) -> str:
    """What ``value`` is in the plainest words: its type's name (``float``, ``Tensor``)."""
    return type(value).__name__


def _describe_int_like(value: Any) -> str:
    if isinstance(value, bool) or (isinstance(value, torch.Tensor) and value.dtype == torch.bool):
        return "bool"
    if isinstance(value, torch.Tensor):
        return f"a {value.dtype} tensor of shape {tuple(value.shape)} on {value.device}"
    return type(value).__name__


def check_int_like(
    fn: str,
    name: str,
    value: Any,
    *,
    minimum: int | None = None,
    tensors: str = "one-element",
    describe: Callable[[Any], str] | None = None,
) -> int:
    """Return ``value`` as an ``int`` if Python would use it as an index, else raise ``TypeError``.

    Accepts what ``operator.index`` accepts, as torch does for sizes and ids: ``int``, NumPy
    integers and one-element integer tensors. A float is never truncated, and a ``bool``
    (Python's or a bool tensor) is refused although ``operator.index(True)`` is 1.

    ``tensors`` narrows the tensors taken: ``"one-element"`` (what ``operator.index``
    takes), ``"0-d"`` (torch refuses a 1-element 1-d tensor as an int argument of the shape
    ops) or ``"none"`` (torch's ``softmax``/``gather`` ``dim``). ``describe`` says what a
    refused value is in the message (default: ``bool``, or the dtype, shape and device of a
    tensor, or the type's name).
    """
    describe = describe or _describe_int_like
    is_tensor = isinstance(value, torch.Tensor)
    refused = isinstance(value, bool) or (
        is_tensor
        and (value.dtype == torch.bool or tensors == "none" or (tensors == "0-d" and value.dim() != 0))
    )
    try:
        if refused:
            raise TypeError
        number = operator.index(value)
    except (TypeError, RuntimeError):  # RuntimeError: a meta tensor has no value to read
        raise TypeError(f"{fn}(): {name} must be an int, got {describe(value)}") from None
    if minimum is not None and number < minimum:
        raise ValueError(f"{fn}(): {name} must be >= {minimum}, got {shown_int(number)}")
    return number


#: torch's int64: the largest size, count or index it takes.
INT64_MAX = 2**63 - 1


def shown_int(value: int) -> str:
    """``value`` for a message, or its size in bits when printing it would flood the message
    (Python refuses to print an int of more than 4300 digits at all).

    >>> shown_int(5), shown_int(-2**200)
    ('5', 'a negative int of 201 bits')
    """
    if value.bit_length() <= 128:
        return str(value)
    return f"{'a negative' if value < 0 else 'an'} int of {value.bit_length()} bits"


def check_count(fn: str, name: str, value: Any, *, minimum: int) -> int:
    """An integer-like ``>= minimum`` (``check_int_like``) that fits torch's int64."""
    value = check_int_like(fn, name, value, minimum=minimum)
    if value > INT64_MAX:
        raise ValueError(f"{fn}(): {name} must be <= 2**63 - 1 (torch's int64), got {shown_int(value)}")
    return value


def check_dim(
    fn: str, name: str, dim: Any, ndim: int, *, int_like: bool = False, **how: Any
) -> int:
    """Validate a possibly negative dimension for a tensor of rank ``ndim``; return it >= 0.

    A 0-d tensor accepts ``0`` and ``-1``, as in torch. ``dim`` must be a Python ``int``
    unless ``int_like``: then it is read by ``check_int_like`` with the options ``how``.
    """
    if int_like:
        dim = check_int_like(fn, name, dim, **how)
    else:
        dim = check_int(fn, name, dim)
    low, high = -max(ndim, 1), max(ndim, 1) - 1
    if not low <= dim <= high:
        raise ValueError(
            f"{fn}(): {name} must be in [{low}, {high}] for a {ndim}-d tensor, got {dim}"
        )
    return dim % max(ndim, 1)
