"""Creating tensors: how torch builds a tensor from data, sizes and ranges.

Reference implementations are tested equal to torch in ``tests/test_tensors_creation.py``
(tensor, as-tensor, from-numpy, zeros, ones) and ``tests/test_tensors_ranges.py`` (the rest).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Any

import torch
from torch import nn

from torchnotes._checks import check_bool, check_int, check_number, check_tensor

# --- section: tensor, as-tensor, from-numpy, zeros, ones ---

# bool < int < float < complex: torch.tensor picks the highest kind present
_KINDS = (bool, int, float, complex)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def infer_dtype(data: Any) -> torch.dtype:
    """The dtype ``torch.tensor(data)`` gives for a Python number or nested lists/tuples of them.

    The highest kind present wins (type promotion): all ``bool`` -> ``torch.bool``; ints
    (and bools) -> ``torch.int64``; any ``float`` -> ``torch.get_default_dtype()``
    (float32 unless changed); any ``complex`` -> the complex type of the default float
    (complex64, or complex128 under a float64 default). An empty list counts as float.

    Like torch, the expected shape is read down the first element of each level
    (``data[0]``, ``data[0][0]``, ...) and every other element must match it. When that
    shape has a 0 there is nothing to store and torch checks no further: ragged data such
    as ``[[], [1, 2]]`` passes as an empty float tensor of shape ``(2, 0)``.

    Args:
        data: a Python ``bool``/``int``/``float``/``complex`` or a (nested) list/tuple of them.

    Returns:
        The ``torch.dtype`` that ``torch.tensor(data)`` would have.

    Raises:
        TypeError: an element that is not a Python bool/int/float/complex (NumPy scalars
            included: they carry their own dtype).
        ValueError: ragged nesting, naming the first element whose length disagrees, or an
            int outside int64 when the result would be int64.

    >>> infer_dtype([1, 2]), infer_dtype([1, 2.0]), infer_dtype([True, False])
    (torch.int64, torch.float32, torch.bool)
    >>> infer_dtype([[1, 2], [3]])
    Traceback (most recent call last):
        ...
    ValueError: infer_dtype(): ragged nesting: data[1] has length 1, expected 2 like data[0]
    """
    shape = _first_path_shape(data)
    empty = 0 in shape
    leaves = list(_leaves(data, "data", None if empty else shape, 0))
    # an empty sequence promotes like a float, but only an empty tensor can contain one
    kinds = [_kind_of(value, where) for where, value in leaves] + [float] * empty
    kind = max(kinds, key=_KINDS.index)
    if kind is float:
        return torch.get_default_dtype()
    if kind is complex:
        return torch.complex128 if torch.get_default_dtype() == torch.float64 else torch.complex64
    if kind is int:
        for where, value in leaves:
            if not _INT64_MIN <= value <= _INT64_MAX:
                raise ValueError(f"infer_dtype(): {where}={value} does not fit in int64; pass dtype=torch.float64")
        return torch.int64
    return torch.bool


def _first_path_shape(data: Any) -> list[int]:
    # torch reads the sizes by following data[0][0]... until a number or an empty sequence
    shape = []
    while isinstance(data, (list, tuple)):
        shape.append(len(data))
        if not data:
            break
        data = data[0]
    return shape


def _leaves(data: Any, where: str, shape: list[int] | None, depth: int) -> Iterator[tuple[str, Any]]:
    """Every number in ``data`` with its position; checks the nesting against ``shape`` unless None."""
    like = "data" + "[0]" * depth
    if not isinstance(data, (list, tuple)):
        if shape is not None and depth < len(shape):
            raise ValueError(
                f"infer_dtype(): ragged nesting: {where} is a number, expected a sequence of "
                f"length {shape[depth]} like {like}"
            )
        yield where, data
        return
    if shape is not None and depth == len(shape):
        raise ValueError(f"infer_dtype(): ragged nesting: {where} is a sequence, expected a number like {like}")
    if shape is not None and len(data) != shape[depth]:
        raise ValueError(
            f"infer_dtype(): ragged nesting: {where} has length {len(data)}, expected {shape[depth]} like {like}"
        )
    for i, item in enumerate(data):
        yield from _leaves(item, f"{where}[{i}]", shape, depth + 1)


def _kind_of(value: Any, where: str) -> type:
    for kind in _KINDS:  # exact types: bool is a subclass of int, numpy.float64 of float
        if type(value) is kind:
            return kind
    raise TypeError(
        f"infer_dtype(): {where} must be a Python bool, int, float or complex, got {type(value).__name__}"
    )


def _byte_range(fn: str, name: str, x: Any) -> tuple[int, int] | None:
    """``[first, one-past-last)`` byte that ``x`` can touch, or None when it has no element."""
    import numpy as np

    if isinstance(x, torch.Tensor):
        itemsize = x.element_size()
        ptr, shape, strides = x.data_ptr(), x.shape, [s * itemsize for s in x.stride()]
    elif isinstance(x, np.ndarray):
        itemsize = x.itemsize
        ptr, shape, strides = x.__array_interface__["data"][0], x.shape, x.strides  # bytes, may be < 0
    else:
        raise TypeError(f"{fn}(): {name} must be a torch.Tensor or numpy.ndarray, got {type(x).__name__}")
    if 0 in shape:
        return None
    # a negative stride walks down from ptr, a positive one up: add each to its own side
    low = ptr + sum((n - 1) * s for n, s in zip(shape, strides) if s < 0)
    high = ptr + sum((n - 1) * s for n, s in zip(shape, strides) if s > 0) + itemsize
    return low, high


def shares_memory(a: Any, b: Any) -> bool:
    """Whether two tensors / NumPy arrays may overlap in memory: their byte ranges intersect.

    ``torch.as_tensor`` and ``torch.from_numpy`` return tensors that share memory with a
    NumPy array when no conversion is needed; ``torch.tensor`` always copies. Writing
    through one of two sharing objects changes the other. Like ``numpy.may_share_memory``
    this compares the ranges between the first and last byte, so two interleaved views
    (``x[::2]`` and ``x[1::2]``) count as overlapping; empty objects never do.

    Args:
        a: a tensor or NumPy array (any strides, negative NumPy strides included).
        b: a tensor or NumPy array.

    Returns:
        True when the ranges of bytes the two can reach intersect.

    Raises:
        TypeError: an argument that is neither a tensor nor a NumPy array.

    >>> import numpy as np
    >>> arr = np.zeros(3, dtype=np.float32)
    >>> shares_memory(torch.as_tensor(arr), arr), shares_memory(torch.tensor(arr), arr)
    (True, False)
    """
    span_a, span_b = _byte_range("shares_memory", "a", a), _byte_range("shares_memory", "b", b)
    if span_a is None or span_b is None:
        return False
    return span_a[0] < span_b[1] and span_b[0] < span_a[1]


_FROM_NUMPY_NAMES = ("bool", "uint8", "int8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
                     "float16", "float32", "float64", "complex64", "complex128")


def dtype_from_numpy(np_dtype: Any) -> torch.dtype:
    """The dtype ``torch.from_numpy`` gives an array of ``np_dtype``: same kind, same width.

    NumPy's default float is ``float64``, so arrays made by NumPy usually arrive as
    ``torch.float64`` while ``nn`` layers hold ``float32`` weights: call ``.float()``.

    Args:
        np_dtype: anything ``numpy.dtype()`` accepts (``np.float64``, ``"int32"``, ...).

    Returns:
        The matching ``torch.dtype``.

    Raises:
        TypeError: not a NumPy dtype, or one torch cannot hold (object, str, datetime,
            float128, ...).
        ValueError: a non-native byte order (``">f8"`` on a little-endian machine).

    >>> dtype_from_numpy("float64"), dtype_from_numpy("uint8")
    (torch.float64, torch.uint8)
    >>> dtype_from_numpy("datetime64[s]")
    Traceback (most recent call last):
        ...
    TypeError: dtype_from_numpy(): torch.from_numpy cannot take numpy datetime64[s] (datetime64); supported: bool, uint8, int8, int16, uint16, int32, uint32, int64, uint64, float16, float32, float64, complex64, complex128
    """
    import numpy as np

    try:
        dtype = np.dtype(np_dtype)
    except TypeError:
        raise TypeError(f"dtype_from_numpy(): np_dtype must be a NumPy dtype, got {np_dtype!r}") from None
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


def _normalize_size(fn: str, size: tuple[Any, ...]) -> tuple[int, ...]:
    # torch accepts zeros(2, 3) and zeros((2, 3)) alike: one sequence argument is the size
    if not size:
        raise TypeError(f"{fn}(): size is missing; pass () for a 0-d tensor")
    if len(size) == 1 and isinstance(size[0], (tuple, list, torch.Size)):
        size = tuple(size[0])
    for i, n in enumerate(size):
        check_int(fn, f"size[{i}]", n, minimum=0)
    return tuple(size)


def _filled(fn: str, size: tuple[Any, ...], value: int, dtype: Any, requires_grad: Any) -> torch.Tensor:
    shape = _normalize_size(fn, size)
    if dtype is not None and not isinstance(dtype, torch.dtype):
        raise TypeError(f"{fn}(): dtype must be a torch.dtype or None, got {type(dtype).__name__}")
    check_bool(fn, "requires_grad", requires_grad)
    dtype = dtype or torch.get_default_dtype()  # float32 unless changed, never an int type
    if requires_grad and not (dtype.is_floating_point or dtype.is_complex):
        raise ValueError(f"{fn}(): only floating-point or complex tensors can require grad, got {dtype}")
    return torch.full(shape, value, dtype=dtype, requires_grad=requires_grad)


def zeros(*size: int | Sequence[int], dtype: torch.dtype | None = None, requires_grad: bool = False) -> torch.Tensor:
    """Reference ``torch.zeros``: ``torch.full(size, 0)`` in the default float dtype.

    ``size`` may be given as separate ints or as one tuple/list/``torch.Size``, so
    ``zeros(2, 3)``, ``zeros((2, 3))`` and ``zeros(x.shape)`` agree; ``zeros(())`` is a 0-d
    tensor. Without ``dtype`` the result is ``torch.get_default_dtype()`` (float32), not an
    integer type.

    Args:
        *size: the sizes of the dimensions, each an int ``>= 0``, or one sequence of them.
        dtype: the element type; ``None`` means the default float dtype.
        requires_grad: make the result a leaf that tracks gradients (floating point only).

    Returns:
        A new tensor of that shape filled with 0.

    Raises:
        TypeError: no size, a size that is not an int, a ``dtype`` that is not a
            ``torch.dtype``, or a ``requires_grad`` that is not a bool.
        ValueError: a negative size, or ``requires_grad=True`` with an integer/bool dtype.

    >>> zeros(2, 3).shape == zeros((2, 3)).shape == torch.Size([2, 3])
    True
    >>> zeros(2).dtype
    torch.float32
    """
    return _filled("zeros", size, 0, dtype, requires_grad)


def ones(*size: int | Sequence[int], dtype: torch.dtype | None = None, requires_grad: bool = False) -> torch.Tensor:
    """Reference ``torch.ones``: ``torch.full(size, 1)``, with the same size rules as :func:`zeros`.

    Args:
        *size: the sizes of the dimensions, each an int ``>= 0``, or one sequence of them.
        dtype: the element type; ``None`` means the default float dtype.
        requires_grad: make the result a leaf that tracks gradients (floating point only).

    Returns:
        A new tensor of that shape filled with 1.

    Raises:
        TypeError: as for :func:`zeros`.
        ValueError: as for :func:`zeros`.

    >>> ones((2,), dtype=torch.int64)
    tensor([1, 1])
    >>> ones(2, dtype=torch.int64, requires_grad=True)
    Traceback (most recent call last):
        ...
    ValueError: ones(): only floating-point or complex tensors can require grad, got torch.int64
    """
    return _filled("ones", size, 1, dtype, requires_grad)


# --- section: arange, linspace, device, parameter, variable ---


def _real_dtype(fn: str, dtype: Any, default: torch.dtype) -> torch.dtype:
    if dtype is None:
        return default
    if not isinstance(dtype, torch.dtype) or dtype == torch.bool or dtype.is_complex:
        raise TypeError(f"{fn}(): dtype must be a real floating-point or integer torch.dtype, got {dtype!r}")
    return dtype


def arange(start: float, end: float | None = None, step: float = 1, *, dtype: torch.dtype | None = None) -> torch.Tensor:
    """Reference ``torch.arange``: ``ceil((end - start) / step)`` values ``start + i * step``.

    ``end`` is never included, as in Python's ``range``; with one argument it is the end
    and ``start`` is 0. Without ``dtype`` the result is ``int64`` when start, end and step
    are all ints, and the default float dtype (float32) as soon as one of them is a float.

    The count is computed in float64 (exactly for an all-int ``int64`` range), so with a
    float step rounding decides whether a value next to ``end`` gets in: ``(1.3 - 1) / 0.1``
    is ``3.0000000000000004``, hence four values, 1.3 included. With an integer ``dtype``
    torch counts with the float arguments, then truncates ``start`` and ``step`` toward
    zero: ``arange(0, 5, 0.5, dtype=torch.int64)`` is ten zeros.

    Args:
        start: the first value, or the end when it is the only argument.
        end: the bound, excluded.
        step: the difference between neighbours; non-zero, negative to count down.
        dtype: a real floating-point or integer dtype for the result.

    Returns:
        A 1-d tensor, empty when ``start == end``. Integer results equal torch's exactly.
        Float values are ``start + i * step`` computed in float64 and rounded once to
        ``dtype``; torch's CPU kernel fills SIMD blocks from a base already rounded to
        ``dtype``, so a value can differ from torch's in the last bit.

    Raises:
        TypeError: a non-numeric argument (bool included) or a ``dtype`` that is not a
            real floating-point or integer ``torch.dtype``.
        ValueError: ``step`` is 0 or NaN, ``start`` or ``end`` is not finite, ``step``
            points away from ``end``, or the count overflows.

    >>> arange(5)
    tensor([0, 1, 2, 3, 4])
    >>> arange(10, 0, -3)
    tensor([10,  7,  4,  1])
    >>> arange(1, 1.3, 0.1)
    tensor([1.0000, 1.1000, 1.2000, 1.3000])
    >>> arange(0, 5, -1)
    Traceback (most recent call last):
        ...
    ValueError: arange(): step=-1 points away from end: start=0, end=5
    """
    if end is None:
        start, end = 0, start
    for name, value in (("start", start), ("end", end), ("step", step)):
        check_number("arange", name, value, what="an int or float")
    all_ints = all(isinstance(v, int) for v in (start, end, step))
    dtype = _real_dtype("arange", dtype, torch.int64 if all_ints else torch.get_default_dtype())
    if step == 0 or math.isnan(step):
        raise ValueError(f"arange(): step must be non-zero, got {step}")
    if not (math.isfinite(start) and math.isfinite(end)):
        raise ValueError(f"arange(): start and end must be finite, got start={start}, end={end}")
    if (end - start) * step < 0:
        raise ValueError(f"arange(): step={step} points away from end: start={start}, end={end}")
    if all_ints and dtype == torch.int64:
        length = -((start - end) // step)  # exact ceil division: float64 would round above 2**53
    else:
        quotient = (float(end) - float(start)) / float(step)
        if not math.isfinite(quotient):
            raise ValueError(f"arange(): (end - start) / step overflows: start={start}, end={end}, step={step}")
        length = math.ceil(quotient)
    if dtype.is_floating_point:
        return torch.tensor([start + i * step for i in range(length)], dtype=torch.float64).to(dtype)
    first, stride = int(start), int(step)  # int() truncates toward zero, as torch does
    return torch.tensor([first + i * stride for i in range(length)], dtype=torch.int64).to(dtype)


def linspace(start: float, end: float, steps: int) -> torch.Tensor:
    """Reference ``torch.linspace``: ``steps`` evenly spaced values from ``start`` to ``end``, both included.

    ``steps`` is required (until PyTorch 1.11 it defaulted to 100). The result has the
    default float dtype. The reference follows torch's CPU kernel to the last bit:

    1. ``start`` and ``end`` are rounded to the dtype, and ``step = (end - start) / (steps - 1)``
       is computed and rounded in the dtype as well.
    2. The first ``steps // 2`` values are ``start + i * step``; the others count back from
       the end, ``end - (steps - 1 - i) * step``, so the last value is exactly ``end``
       however ``step`` was rounded.
    3. Each value is rounded once, as the fused multiply-add (FMA) of torch's AVX2 build
       does. A build without FMA (``ATEN_CPU_CAPABILITY=default``) rounds the product
       first, so its values can differ from these in the last bit.

    Args:
        start: the first value.
        end: the last value (reached when ``steps >= 2``).
        steps: how many values, ``>= 0``.

    Returns:
        A 1-d tensor of ``steps`` values in ``torch.get_default_dtype()``; just ``[start]``
        when ``steps == 1``.

    Raises:
        TypeError: a non-numeric ``start`` or ``end``, or a ``steps`` that is not an int.
        ValueError: ``steps < 0``.

    >>> linspace(0, 1, 5)
    tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
    >>> linspace(0, 1, 1)
    tensor([0.])
    """
    for name, value in (("start", start), ("end", end)):
        check_number("linspace", name, value, what="an int or float")
    check_int("linspace", "steps", steps, minimum=0)
    dtype = torch.get_default_dtype()
    if steps <= 1:
        return torch.full((steps,), start, dtype=dtype)
    first, last = _round_to(float(start), dtype), _round_to(float(end), dtype)
    step = _round_to(_round_to(last - first, dtype) / (steps - 1), dtype)
    halfway = steps // 2
    values = [_fma(step, i, first) if i < halfway else _fma(-step, steps - 1 - i, last) for i in range(steps)]
    # float64 -> float32 is a second rounding; it could only matter for contrived values
    # far beyond a few thousand steps
    return torch.tensor(values, dtype=torch.float64).to(dtype)


def _round_to(x: float, dtype: torch.dtype) -> float:
    return torch.tensor(x, dtype=torch.float64).to(dtype).item()


def _fma(a: float, k: int, c: float) -> float:
    """``a * k + c`` rounded once to float64, as one FMA instruction computes it."""
    if not (math.isfinite(a) and math.isfinite(c)):
        return a * k + c  # inf/NaN: no rounding to get right
    from fractions import Fraction

    return float(Fraction(a) * k + Fraction(c))


def describe(tensor: torch.Tensor) -> str:
    """One line with what to check first when a tensor misbehaves: shape, dtype, device, layout.

    ``device`` is where the data lives (a ``torch.device``: a type and an optional index).
    ``stride`` and ``contiguous`` tell whether the tensor is a view whose memory is not in
    row-major order (after ``t()``, ``transpose``, ``permute``), which ``view`` refuses.
    ``requires_grad`` tells whether autograd records the operations on it.

    Args:
        tensor: a tensor on any device; nothing is read from its memory, so meta tensors
            (shape and dtype without data) work too.

    Returns:
        ``"shape=... dtype=... device=... stride=... contiguous=... requires_grad=..."``.

    Raises:
        TypeError: ``tensor`` is not a tensor.

    >>> describe(torch.zeros(2, 3).t())
    'shape=(3, 2) dtype=float32 device=cpu stride=(1, 3) contiguous=False requires_grad=False'
    >>> describe(torch.empty(4, device="meta"))
    'shape=(4,) dtype=float32 device=meta stride=(1,) contiguous=True requires_grad=False'
    """
    check_tensor("describe", "tensor", tensor)
    return (
        f"shape={tuple(tensor.shape)} dtype={str(tensor.dtype).removeprefix('torch.')} "
        f"device={tensor.device} stride={tensor.stride()} "
        f"contiguous={tensor.is_contiguous()} requires_grad={tensor.requires_grad}"
    )


def count_parameters(module: nn.Module, trainable_only: bool = True) -> int:
    """Number of scalar values in the parameters a module registered (trainable ones by default).

    Only ``nn.Parameter`` objects assigned as module attributes (or held by registered
    submodules, ``nn.ParameterList``/``nn.ParameterDict``) are registered; a plain tensor
    attribute or a Parameter inside a Python list is invisible to ``module.parameters()``,
    and therefore to the optimizer and to ``module.to(device)``. A Parameter shared by two
    submodules (tied weights) counts once, as ``parameters()`` yields it once.

    Args:
        module: the model.
        trainable_only: count only parameters with ``requires_grad=True``; frozen ones
            (``p.requires_grad_(False)``) are skipped.

    Returns:
        The sum of ``p.numel()`` over the selected parameters.

    Raises:
        TypeError: ``module`` is not an ``nn.Module`` or ``trainable_only`` is not a bool.

    >>> count_parameters(nn.Linear(3, 2))  # 3 * 2 weights + 2 biases
    8
    """
    if not isinstance(module, nn.Module):
        raise TypeError(f"count_parameters(): module must be an nn.Module, got {type(module).__name__}")
    check_bool("count_parameters", "trainable_only", trainable_only)
    return sum(p.numel() for p in module.parameters() if p.requires_grad or not trainable_only)


def as_leaf(tensor: torch.Tensor, requires_grad: bool = True) -> torch.Tensor:
    """What ``Variable(tensor, requires_grad=True)`` meant before PyTorch 0.4: a fresh leaf tensor.

    ``detach()`` cuts the tensor from the graph that produced it and ``requires_grad_()``
    starts recording again, so gradients accumulate in the result's ``.grad``. This is
    also exactly what ``Variable(tensor, requires_grad=...)`` returns today. The result
    shares memory with ``tensor``; call ``tensor.clone()`` first for an independent copy.

    Args:
        tensor: any tensor, a non-leaf one (with a ``grad_fn``) included.
        requires_grad: whether the new leaf records operations.

    Returns:
        A plain ``torch.Tensor`` (never a Parameter) with ``is_leaf=True`` and
        ``grad_fn=None``, sharing ``tensor``'s memory.

    Raises:
        TypeError: ``tensor`` is not a tensor or ``requires_grad`` is not a bool.
        ValueError: ``requires_grad=True`` for a tensor that is not floating point or complex.

    >>> y = torch.ones(2, requires_grad=True) * 3  # not a leaf: it has a grad_fn
    >>> w = as_leaf(y)
    >>> w.is_leaf, w.requires_grad, w.grad_fn
    (True, True, None)
    """
    check_tensor("as_leaf", "tensor", tensor)
    check_bool("as_leaf", "requires_grad", requires_grad)
    if requires_grad and not (tensor.dtype.is_floating_point or tensor.dtype.is_complex):
        raise ValueError(f"as_leaf(): only floating-point or complex tensors can require grad, got {tensor.dtype}")
    return tensor.detach().requires_grad_(requires_grad)
