"""Argument checks shared by the factory helpers of this group (zeros, ones, arange, linspace):
a ``device`` argument, a ``dtype`` given as a Python type, and a size that must be addressable and allocatable before any value
is computed."""

from __future__ import annotations

import math
import numbers
import operator
from typing import Any

import torch

from torchnotes._checks import INT64_MAX

#: The Python types torch's factories take as a dtype; ``float`` is float64 whatever the default dtype.
PYTHON_DTYPES = {bool: torch.bool, int: torch.int64, float: torch.float64, complex: torch.complex128}


def dtype_arg(dtype: Any) -> Any:
    """``dtype`` with Python's ``bool``, ``int``, ``float`` and ``complex`` read as torch reads them.

    Anything else comes back as it is, for the caller to check (NumPy types are not taken,
    as in torch).
    """
    return PYTHON_DTYPES.get(dtype, dtype) if isinstance(dtype, type) else dtype


def device_arg(fn: str, device: Any) -> torch.device | None:
    """``device`` as a ``torch.device`` (None stays None: torch's default device then applies).

    An int is a CUDA device index, a NumPy int too, as in torch; a bool or a tensor is refused.
    """
    if device is None or isinstance(device, torch.device):
        return device
    if isinstance(device, bool) or not isinstance(device, (str, numbers.Integral)):
        raise TypeError(f"{fn}(): device must be a torch.device, str or int, got {type(device).__name__}")
    if not isinstance(device, str):
        device = operator.index(device)
    try:
        return torch.device(device)
    except RuntimeError:  # torch's message lists every backend; ours says what was wrong
        raise ValueError(
            f"{fn}(): device must name a device such as 'cpu', 'cuda:0' or 'meta', got {device!r}"
        ) from None


def check_fits(fn: str, shape: tuple[int, ...], dtype: torch.dtype) -> None:
    """Refuse a shape whose strides or byte count overflow int64, as torch does before allocating.

    torch computes the contiguous strides (a 0-size dimension counts as 1 there) and the
    number of bytes; either beyond ``2**63 - 1`` is an error even on the meta device.
    """
    stride = 1
    for n in reversed(shape[1:]):
        stride *= max(n, 1)
        if stride > INT64_MAX:
            raise ValueError(f"{fn}(): size {shape} is too large: its strides overflow int64")
    if math.prod(shape) * dtype.itemsize > INT64_MAX:
        raise ValueError(f"{fn}(): size {shape} of {dtype} needs more than 2**63 - 1 bytes")


def allocate(fn: str, what: str, shape: tuple[int, ...], dtype: torch.dtype,
             device: torch.device | None) -> torch.Tensor:
    """``torch.empty(shape)``, with a failed allocation reported as the caller's ``ValueError``.

    A size that the device cannot hold (``2**40`` floats on a CPU) or a device that is not
    there (``'cuda'`` without a GPU) fails here at once, before any value is computed.
    """
    check_fits(fn, shape, dtype)
    try:
        return torch.empty(shape, dtype=dtype, device=device)
    except (RuntimeError, AssertionError) as error:  # AssertionError: a CPU-only build asked for CUDA
        where = device if device is not None else torch.get_default_device()
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ValueError(f"{fn}(): cannot allocate {what} ({shape}, {dtype}) on {where}: {reason}") from None
