"""torch.as_tensor and torch.from_numpy: when a tensor and a NumPy array share memory, and which dtype it gets."""

from __future__ import annotations

from typing import Any

import torch


def _byte_range(fn: str, name: str, x: Any) -> tuple[str, int, int] | None:
    """``(device, first byte, one past the last byte)`` that ``x`` can touch, or None when it holds no memory."""
    import numpy as np

    if isinstance(x, torch.Tensor):
        if x.is_nested:  # a nested tensor can have the strided layout, but no single block of memory
            raise TypeError(f"{fn}(): {name} must be a strided tensor, got a nested tensor")
        if x.layout != torch.strided:
            raise TypeError(f"{fn}(): {name} must be a strided tensor, got layout {x.layout}")
        if x.is_meta:  # shape and dtype only: there is no memory to share
            return None
        itemsize = x.element_size()
        device, ptr, shape, strides = str(x.device), x.data_ptr(), x.shape, [s * itemsize for s in x.stride()]
    elif isinstance(x, np.ndarray):
        itemsize = x.itemsize
        device, ptr, shape, strides = "cpu", x.__array_interface__["data"][0], x.shape, x.strides  # bytes, may be < 0
    else:
        raise TypeError(f"{fn}(): {name} must be a torch.Tensor or numpy.ndarray, got {type(x).__name__}")
    if 0 in shape:
        return None
    # a negative stride walks down from ptr, a positive one up: add each to its own side
    low = ptr + sum((n - 1) * s for n, s in zip(shape, strides) if s < 0)
    high = ptr + sum((n - 1) * s for n, s in zip(shape, strides) if s > 0) + itemsize
    return device, low, high


def shares_memory(a: Any, b: Any) -> bool:
    """Whether two tensors / NumPy arrays may overlap in memory: their byte ranges intersect.

    ``torch.as_tensor`` and ``torch.from_numpy`` return tensors that share memory with a
    NumPy array when no conversion is needed; ``torch.tensor`` always copies. Writing
    through one of two sharing objects changes the other. Like ``numpy.may_share_memory``
    this compares the ranges between the first and last byte, so two interleaved views
    (``x[::2]`` and ``x[1::2]``) count as overlapping. Empty objects and ``meta`` tensors
    hold no memory and never share; objects on different devices (a CUDA tensor and a
    NumPy array) never share either.

    Args:
        a: a strided tensor on any device, or a NumPy array (any strides, negative NumPy
            strides included).
        b: a strided tensor or a NumPy array.

    Returns:
        True when both live on the same device and the ranges of bytes they can reach
        intersect.

    Raises:
        TypeError: an argument that is neither a tensor nor a NumPy array, or a sparse or
            nested tensor (no single block of memory).

    Examples:
        >>> import numpy as np
        >>> arr = np.zeros(3, dtype=np.float32)
        >>> shares_memory(torch.as_tensor(arr), arr), shares_memory(torch.tensor(arr), arr)
        (True, False)
        >>> t = torch.arange(6)
        >>> shares_memory(t[:3], t[3:]), shares_memory(t[::2], t[1::2])  # ranges, not elements #zh: 比较的是字节区间，而不是逐个元素
        (False, True)
    """
    span_a, span_b = _byte_range("shares_memory", "a", a), _byte_range("shares_memory", "b", b)
    if span_a is None or span_b is None or span_a[0] != span_b[0]:
        return False
    return span_a[1] < span_b[2] and span_b[1] < span_a[2]


_FROM_NUMPY_NAMES = ("bool", "uint8", "int8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
                     "float16", "float32", "float64", "complex64", "complex128")


def dtype_from_numpy(np_dtype: Any) -> torch.dtype:
    """The dtype ``torch.from_numpy`` gives an array of ``np_dtype``: same kind, same width.

    NumPy's default float is ``float64``, so arrays made by NumPy usually arrive as
    ``torch.float64`` while ``nn`` layers hold ``float32`` weights: call ``.float()``.

    Args:
        np_dtype: a NumPy dtype or anything ``numpy.dtype()`` turns into one
            (``np.float64``, ``"int32"``, ``float``, ...), except ``None``, which NumPy
            would read as float64. A subarray dtype such as ``"(2,)f4"`` counts as its
            element type, since NumPy turns it into extra dimensions of the array.

    Returns:
        The matching ``torch.dtype``.

    Raises:
        TypeError: ``None`` or not a NumPy dtype, or one torch cannot hold (object, str,
            datetime, float128, structured, ...).
        ValueError: a non-native byte order (``">f8"`` on a little-endian machine).

    Examples:
        >>> import numpy as np
        >>> dtype_from_numpy("float64"), dtype_from_numpy("uint8")
        (torch.float64, torch.uint8)
        >>> dtype_from_numpy("datetime64[s]")
        Traceback (most recent call last):
            ...
        TypeError: dtype_from_numpy(): torch.from_numpy cannot take numpy datetime64[s] (datetime64); supported: bool, uint8, int8, int16, uint16, int32, uint32, int64, uint64, float16, float32, float64, complex64, complex128
        >>> dtype_from_numpy(np.dtype("float64").newbyteorder())  # the foreign byte order #zh: 与机器相反的字节序
        Traceback (most recent call last):
            ...
        ValueError: dtype_from_numpy(): torch.from_numpy needs the native byte order, got '>f8'; convert with arr.astype(arr.dtype.newbyteorder('='))
    """
    import numpy as np

    if np_dtype is None:
        raise TypeError("dtype_from_numpy(): np_dtype must be a NumPy dtype, got None (NumPy would read it as float64)")
    try:
        dtype = np.dtype(np_dtype)
    except (TypeError, ValueError):
        raise TypeError(f"dtype_from_numpy(): np_dtype must be a NumPy dtype, got {np_dtype!r}") from None
    if dtype.subdtype is not None:  # "(2,)f4": NumPy turns it into 2 more float32 per element
        dtype = dtype.subdtype[0]
    # torch's table is keyed by NumPy's scalar types, not names: longlong passes as int64,
    # but ulonglong (also named uint64) is missing from it
    supported = {np.dtype(name).type for name in _FROM_NUMPY_NAMES} | {np.longlong}
    if dtype.type not in supported:
        raise TypeError(
            f"dtype_from_numpy(): torch.from_numpy cannot take numpy {dtype.name} ({dtype.type.__name__}); "
            f"supported: {', '.join(_FROM_NUMPY_NAMES)}"
        )
    if not dtype.isnative:
        raise ValueError(
            f"dtype_from_numpy(): torch.from_numpy needs the native byte order, got {dtype.str!r}; "
            f"convert with arr.astype(arr.dtype.newbyteorder('='))"
        )
    return getattr(torch, dtype.name)


__all__ = ["dtype_from_numpy", "shares_memory"]
