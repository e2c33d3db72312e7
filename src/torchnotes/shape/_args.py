"""Argument checks shared by the shape helpers.

torch reads an integer argument (a dim, a size, a pad amount) through ``__index__``: Python
and NumPy integers and 0-d integer tensors pass, floats never do (they are not truncated),
and ``bool`` is refused although Python counts it as an int. These checks do the same and
name the argument in the message: the checks of ``torchnotes._checks`` with the wording of
this group.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import torch

from torchnotes._checks import check_dense, check_dim, check_int_like


def describe(value: Any) -> str:
    """What ``value`` is, for an error message: ``float``, ``a 1-d torch.int64 tensor``."""
    if isinstance(value, torch.Tensor):
        where = " on meta (no value to read)" if value.device.type == "meta" else ""
        return f"a {value.dim()}-d {value.dtype} tensor{where}"
    return type(value).__name__


#: An int argument as torch reads it (``torchnotes._checks.check_int_like``): a 1-element
#: 1-d tensor has an ``__index__`` too, but torch refuses it as an int argument of these
#: ops, so only 0-d tensors pass.
as_int = partial(check_int_like, tensors="0-d", describe=describe)


def as_dim(fn: str, name: str, dim: Any, ndim: int) -> int:
    """A possibly negative dimension of a tensor with ``ndim`` dimensions, returned ``>= 0``."""
    return check_dim(fn, name, dim, ndim, int_like=True, tensors="0-d", describe=describe)


#: A dense (strided), non-nested, non-quantized tensor: torch's own shape ops fail on a
#: nested tensor with a RuntimeError, the references refuse it up front.
dense = partial(
    check_dense,
    message="{name} has layout {layout}{detail}; this reference handles dense (torch.strided) tensors only",
    quantized="{name} is quantized ({dtype}); this reference handles non-quantized tensors only",
)
