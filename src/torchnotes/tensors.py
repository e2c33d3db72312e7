"""Creating tensors: how torch builds a tensor from data, sizes and ranges.

Reference implementations are tested equal to torch in ``tests/test_tensors.py``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch
from torch import nn

from torchnotes._checks import check_bool, check_int, check_tensor

# bool < int < float < complex: torch.tensor picks the highest kind present
_KINDS = (bool, int, float, complex)


def infer_dtype(data: Any) -> torch.dtype:
    """The dtype ``torch.tensor(data)`` gives for nested Python lists/tuples of numbers.

    The highest kind present wins: all ``bool`` -> ``torch.bool``; ``int`` (and bool) ->
    ``torch.int64``; any ``float`` -> ``torch.get_default_dtype()`` (float32 unless changed);
    any ``complex`` -> the complex type matching the default float (complex64). An empty
    list counts as float. Nesting must be rectangular.

    Args:
        data: a number or a (nested) list/tuple of numbers.

    Raises:
        TypeError: an element that is not a bool/int/float/complex.
        ValueError: ragged nesting, with the position where lengths disagree.

    >>> infer_dtype([1, 2]), infer_dtype([1, 2.0]), infer_dtype([True, False])
    (torch.int64, torch.float32, torch.bool)
    >>> infer_dtype([[1, 2], [3]])
    Traceback (most recent call last):
        ...
    ValueError: infer_dtype(): ragged nesting: data[1] has length 1, expected 2 like data[0]
    """
    kind = _kind_of(data, "data")
    if kind is None or kind is float:
        return torch.get_default_dtype()
    if kind is complex:
        return torch.complex128 if torch.get_default_dtype() == torch.float64 else torch.complex64
    return torch.bool if kind is bool else torch.int64


def _kind_of(data: Any, where: str) -> type | None:
    if isinstance(data, (list, tuple)):
        lengths = [len(x) if isinstance(x, (list, tuple)) else None for x in data]
        for i, n in enumerate(lengths):
            if n != lengths[0]:
                raise ValueError(
                    f"infer_dtype(): ragged nesting: {where}[{i}] has length {n}, expected "
                    f"{lengths[0]} like {where}[0]"
                )
        kinds = [_kind_of(x, f"{where}[{i}]") for i, x in enumerate(data)]
        kinds = [k for k in kinds if k is not None]
        return max(kinds, key=_KINDS.index) if kinds else None
    for kind in _KINDS:  # bool first: bool is a subclass of int
        if type(data) is kind:
            return kind
    raise TypeError(f"infer_dtype(): {where} must be a number or a list, got {type(data).__name__}")


def _span(t: torch.Tensor) -> tuple[int, int]:
    """First and one-past-last byte a tensor can touch (torch strides are never negative)."""
    extent = sum((n - 1) * s for n, s in zip(t.shape, t.stride())) + 1
    return t.data_ptr(), t.data_ptr() + extent * t.element_size()


def shares_memory(a: Any, b: Any) -> bool:
    """Whether two tensors / NumPy arrays may overlap in memory (their byte ranges intersect).

    ``torch.as_tensor`` and ``torch.from_numpy`` return tensors that share memory with a
    NumPy array when no conversion is needed; ``torch.tensor`` always copies. Writing
    through one of two sharing objects changes the other.

    Args:
        a: a tensor or NumPy array.
        b: a tensor or NumPy array.

    Raises:
        TypeError: an argument that is neither.

    >>> import numpy as np
    >>> arr = np.zeros(3, dtype=np.float32)
    >>> shares_memory(torch.as_tensor(arr), arr), shares_memory(torch.tensor(arr), arr)
    (True, False)
    """
    spans = []
    for name, x in (("a", a), ("b", b)):
        if not isinstance(x, torch.Tensor):
            if type(x).__module__ != "numpy" or not hasattr(x, "__array_interface__"):
                raise TypeError(
                    f"shares_memory(): {name} must be a torch.Tensor or numpy.ndarray, got {type(x).__name__}"
                )
            x = torch.from_numpy(x) if x.size else torch.empty(0)  # a view: same bytes
        spans.append(_span(x) if x.numel() else None)
    if None in spans:
        return False
    (a0, a1), (b0, b1) = spans
    return a0 < b1 and b0 < a1


def dtype_from_numpy(np_dtype: Any) -> torch.dtype:
    """The dtype ``torch.from_numpy`` gives an array of ``np_dtype`` - the same kind and width.

    NumPy's default float is ``float64``, so arrays made by NumPy usually arrive as
    ``torch.float64``, while ``nn`` layers hold ``float32`` weights: call ``.float()``.

    Args:
        np_dtype: anything ``numpy.dtype()`` accepts (``np.float64``, ``"int32"``, ...).

    Raises:
        TypeError: a dtype torch cannot hold (object, str, datetime, ...).

    >>> dtype_from_numpy("float64"), dtype_from_numpy("uint8")
    (torch.float64, torch.uint8)
    """
    import numpy as np

    try:
        dtype = np.dtype(np_dtype)
    except TypeError:
        raise TypeError(f"dtype_from_numpy(): np_dtype must be a NumPy dtype, got {np_dtype!r}") from None
    names = ("bool", "uint8", "int8", "int16", "int32", "int64", "uint16", "uint32", "uint64",
             "float16", "float32", "float64", "complex64", "complex128")
    if dtype.name not in names:
        raise TypeError(
            f"dtype_from_numpy(): torch has no dtype for numpy {dtype.name}; supported: {', '.join(names)}"
        )
    return getattr(torch, dtype.name)


def _normalize_size(fn: str, size: tuple[Any, ...]) -> tuple[int, ...]:
    # torch accepts zeros(2, 3) and zeros((2, 3)) alike: one sequence argument is the size
    if len(size) == 1 and isinstance(size[0], (tuple, list, torch.Size)):
        size = tuple(size[0])
    for i, n in enumerate(size):
        check_int(fn, f"size[{i}]", n, minimum=0)
    return tuple(size)


def zeros(*size: int | Sequence[int], dtype: torch.dtype | None = None, requires_grad: bool = False) -> torch.Tensor:
    """Reference ``torch.zeros``: ``torch.full(size, 0)`` in the default float dtype.

    ``size`` may be given as separate ints or as one tuple/list/``torch.Size``. Without
    ``dtype`` the result is ``torch.get_default_dtype()`` (float32), not an integer type.

    Raises:
        TypeError: a size that is not an int.
        ValueError: a negative size.

    >>> zeros(2, 3).shape == zeros((2, 3)).shape == torch.Size([2, 3])
    True
    >>> zeros(2).dtype
    torch.float32
    """
    shape = _normalize_size("zeros", size)
    return torch.full(shape, 0, dtype=dtype or torch.get_default_dtype(), requires_grad=requires_grad)


def ones(*size: int | Sequence[int], dtype: torch.dtype | None = None, requires_grad: bool = False) -> torch.Tensor:
    """Reference ``torch.ones``: ``torch.full(size, 1)``; sizes as for :func:`zeros`.

    >>> ones((2,), dtype=torch.int64)
    tensor([1, 1])
    """
    shape = _normalize_size("ones", size)
    return torch.full(shape, 1, dtype=dtype or torch.get_default_dtype(), requires_grad=requires_grad)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def arange(start: float, end: float | None = None, step: float = 1, *, dtype: torch.dtype | None = None) -> torch.Tensor:
    """Reference ``torch.arange``: ``ceil((end - start) / step)`` values ``start + i * step``.

    ``end`` is excluded. With one argument it is the end and ``start`` is 0. If start, end
    and step are all ints the result is ``int64``, otherwise the default float dtype.
    Float steps are fragile: whether a value close to ``end`` makes it in depends on
    rounding, which is why :func:`linspace` (a count, not a step) suits floats better.
    For float results torch's vectorised kernel mixes float32 and float64 arithmetic, so
    the last bit of a value can differ from this float64 formula.

    Raises:
        TypeError: non-numeric arguments.
        ValueError: ``step == 0`` or a step that points away from ``end``.

    >>> arange(5)
    tensor([0, 1, 2, 3, 4])
    >>> arange(1, 2.5, 0.5)
    tensor([1.0000, 1.5000, 2.0000])
    """
    if end is None:
        start, end = 0, start
    for name, value in (("start", start), ("end", end), ("step", step)):
        if not _is_number(value):
            raise TypeError(f"arange(): {name} must be an int or float, got {type(value).__name__}")
    if step == 0:
        raise ValueError("arange(): step must be non-zero")
    if (end - start) * step < 0:
        raise ValueError(f"arange(): step={step} points away from end: start={start}, end={end}")
    all_ints = all(isinstance(v, int) for v in (start, end, step))
    dtype = dtype or (torch.int64 if all_ints else torch.get_default_dtype())
    length = math.ceil((end - start) / step)
    # each value straight from the formula (exact for ints, float64 for floats), then cast
    values = [start + i * step for i in range(length)]
    return torch.tensor(values, dtype=torch.int64 if all_ints else torch.float64).to(dtype)


def linspace(start: float, end: float, steps: int) -> torch.Tensor:
    """Reference ``torch.linspace``: ``steps`` evenly spaced values, both ends included.

    The spacing is ``(end - start) / (steps - 1)``. Like torch, the first half is counted
    up from ``start`` and the second half down from ``end``, so that both ends come out
    exact despite rounding (inner values may differ from torch in the last bit). ``steps``
    is required.

    Raises:
        TypeError: non-numeric ``start``/``end`` or a non-int ``steps``.
        ValueError: ``steps < 0``.

    >>> linspace(0, 1, 5)
    tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
    """
    for name, value in (("start", start), ("end", end)):
        if not _is_number(value):
            raise TypeError(f"linspace(): {name} must be an int or float, got {type(value).__name__}")
    check_int("linspace", "steps", steps, minimum=0)
    dtype = torch.get_default_dtype()
    if steps <= 1:
        return torch.full((steps,), start, dtype=dtype)
    # torch first rounds the ends to the output dtype, then steps in float64
    start, end = (torch.tensor([start, end], dtype=dtype).double()).tolist()
    step = (end - start) / (steps - 1)
    halfway = steps // 2
    values = [start + i * step if i < halfway else end - (steps - 1 - i) * step for i in range(steps)]
    return torch.tensor(values, dtype=torch.float64).to(dtype)


def describe(tensor: torch.Tensor) -> str:
    """One line with what usually matters when a tensor misbehaves: shape, dtype, device, layout.

    ``stride`` and ``contiguous`` tell whether the tensor is a view with an unusual memory
    layout (after ``transpose``/``permute``), which ``view`` refuses and some kernels copy.

    Raises:
        TypeError: ``tensor`` is not a tensor.

    >>> describe(torch.zeros(2, 3).t())
    'shape=(3, 2) dtype=float32 device=cpu stride=(1, 3) contiguous=False requires_grad=False'
    """
    check_tensor("describe", "tensor", tensor)
    return (
        f"shape={tuple(tensor.shape)} dtype={str(tensor.dtype).removeprefix('torch.')} "
        f"device={tensor.device} stride={tensor.stride()} "
        f"contiguous={tensor.is_contiguous()} requires_grad={tensor.requires_grad}"
    )


def count_parameters(module: nn.Module, trainable_only: bool = True) -> int:
    """Number of scalar parameters a module registered (only trainable ones by default).

    Only ``nn.Parameter`` objects assigned as module attributes (or inside registered
    submodules / ``nn.ParameterList``) count; a plain tensor attribute or a Parameter in a
    Python list is invisible to ``module.parameters()`` and so to the optimizer.

    Raises:
        TypeError: ``module`` is not an ``nn.Module`` or ``trainable_only`` not a bool.

    >>> count_parameters(nn.Linear(3, 2))  # 3 * 2 weights + 2 biases
    8
    """
    if not isinstance(module, nn.Module):
        raise TypeError(f"count_parameters(): module must be an nn.Module, got {type(module).__name__}")
    check_bool("count_parameters", "trainable_only", trainable_only)
    return sum(p.numel() for p in module.parameters() if p.requires_grad or not trainable_only)


def as_leaf(tensor: torch.Tensor, requires_grad: bool = True) -> torch.Tensor:
    """What ``Variable(tensor, requires_grad=True)`` meant before torch 0.4: a fresh leaf.

    ``tensor.detach()`` cuts the history, ``requires_grad_()`` starts tracking again, so
    gradients accumulate into the result's ``.grad``. The result shares memory with
    ``tensor``; use ``tensor.clone().detach()`` first when it must not.

    Raises:
        TypeError: ``tensor`` is not a tensor or ``requires_grad`` not a bool.
        ValueError: ``requires_grad=True`` on a tensor that is not floating point or complex.

    >>> w = as_leaf(torch.tensor([1.0, 2.0]))
    >>> w.is_leaf, w.requires_grad, w.grad_fn
    (True, True, None)
    """
    check_tensor("as_leaf", "tensor", tensor)
    check_bool("as_leaf", "requires_grad", requires_grad)
    if requires_grad and not (tensor.dtype.is_floating_point or tensor.dtype.is_complex):
        raise ValueError(f"as_leaf(): only floating-point or complex tensors can require grad, got {tensor.dtype}")
    return tensor.detach().requires_grad_(requires_grad)
