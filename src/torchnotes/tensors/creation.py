"""torch.tensor's dtype inference, and tensors of a given size filled with 0 or 1."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from torchnotes._checks import check_bool, check_int_like
from torchnotes.tensors._common import INT64_MAX, allocate, device_arg, dtype_arg

# bool < int < float < complex: torch.tensor picks the highest kind present
_KINDS = (bool, int, float, complex)
_INT64_MIN = -(2**63)
# torch.tensor refuses data nested deeper than this ("too many dimensions")
_MAX_DEPTH = 128
# the complex dtype torch.tensor gives complex data under each default float dtype
_COMPLEX_OF = {torch.float16: torch.complex32, torch.float32: torch.complex64, torch.float64: torch.complex128}


def infer_dtype(data: Any) -> torch.dtype:
    """The dtype ``torch.tensor(data)`` gives for a Python number or nested lists/tuples of them.

    The highest kind present wins (type promotion): all ``bool`` -> ``torch.bool``; ints
    (and bools) -> ``torch.int64``; any ``float`` -> ``torch.get_default_dtype()``
    (float32 unless changed); any ``complex`` -> the complex type of the default float
    (complex64; complex128 under a float64 default, complex32 under float16). An empty
    list counts as float.

    Like torch, the expected shape is read down the first element of each level
    (``data[0]``, ``data[0][0]``, ...) and every other element must match it. When that
    shape has a 0 there is nothing to store and torch checks no further: ragged data such
    as ``[[], [1, 2]]`` passes as an empty float tensor of shape ``(2, 0)``.

    Args:
        data: a Python ``bool``/``int``/``float``/``complex`` or a (nested) list/tuple of
            them, at most 128 levels deep.

    Returns:
        The ``torch.dtype`` that ``torch.tensor(data)`` would have.

    Raises:
        TypeError: an element that is not a Python bool/int/float/complex or a subclass of
            one (an ``IntEnum`` member counts as an int, as in torch); NumPy scalars and
            tensors are refused: they carry their own dtype.
        ValueError: ragged nesting, naming the first element whose length disagrees;
            nesting deeper than 128 levels; an int outside int64 when the result would be
            int64, or too large for a float when it would be floating point; complex data
            under a ``bfloat16`` default, which has no complex counterpart.

    Examples:
        >>> infer_dtype([1, 2]), infer_dtype([1, 2.0]), infer_dtype([True, False])
        (torch.int64, torch.float32, torch.bool)
        >>> infer_dtype([[], [1, 2]])  # an empty first row: nothing else is checked #zh: 第一行为空：其余部分不再检查
        torch.float32
        >>> infer_dtype([[1, 2], [3]])
        Traceback (most recent call last):
            ...
        ValueError: infer_dtype(): ragged nesting: data[1] has length 1, expected 2 like data[0]
        >>> import numpy as np
        >>> infer_dtype([np.float64(0.5)])  # NumPy scalars bring their own dtype #zh: NumPy 标量自带数据类型
        Traceback (most recent call last):
            ...
        TypeError: infer_dtype(): data[0] must be a Python bool, int, float or complex, got float64
    """
    shape = _first_path_shape(data)
    empty = 0 in shape
    leaves = _leaves(data, None if empty else shape)
    # an empty sequence promotes like a float, but only an empty tensor can contain one
    kinds = [_kind_of(value, where) for where, value in leaves] + [float] * empty
    kind = max(kinds, key=_KINDS.index)
    if kind is bool:
        return torch.bool
    if kind is int:
        for where, value in leaves:
            if not _INT64_MIN <= value <= INT64_MAX:
                raise ValueError(f"infer_dtype(): {where}={value} does not fit in int64; pass dtype=torch.float64")
        return torch.int64
    for where, value in leaves:  # torch converts every int through a Python float
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**1024:
            raise ValueError(f"infer_dtype(): {where} is an int too large for a float (|value| >= 2**1024)")
    default = torch.get_default_dtype()
    if kind is float:
        return default
    if default not in _COMPLEX_OF:
        raise ValueError(f"infer_dtype(): complex data needs a complex dtype, and the default dtype {default} has none")
    return _COMPLEX_OF[default]


def _first_path_shape(data: Any) -> list[int]:
    # torch reads the sizes by following data[0][0]... until a number or an empty sequence
    shape = []
    while isinstance(data, (list, tuple)):
        shape.append(len(data))
        if len(shape) > _MAX_DEPTH:  # also ends the walk down a list that contains itself
            raise ValueError(f"infer_dtype(): data is nested more than {_MAX_DEPTH} levels deep; torch allows {_MAX_DEPTH}")
        if not data:
            break
        data = data[0]
    return shape


def _leaves(data: Any, shape: list[int] | None) -> list[tuple[str, Any]]:
    """Every number in ``data`` with its position, depth first; checks the nesting against ``shape`` unless None.

    An explicit stack instead of recursion: 128 levels would come close to Python's limit.
    """
    found = []
    stack = [(data, "data", 0)]
    while stack:
        item, where, depth = stack.pop()
        like = "data" + "[0]" * depth
        if not isinstance(item, (list, tuple)):
            if shape is not None and depth < len(shape):
                raise ValueError(
                    f"infer_dtype(): ragged nesting: {where} is a number, expected a sequence of "
                    f"length {shape[depth]} like {like}"
                )
            found.append((where, item))
            continue
        if depth >= _MAX_DEPTH:  # only reachable past an empty first row, where shape is None
            raise ValueError(f"infer_dtype(): data is nested more than {_MAX_DEPTH} levels deep; torch allows {_MAX_DEPTH}")
        if shape is not None and depth == len(shape):
            raise ValueError(f"infer_dtype(): ragged nesting: {where} is a sequence, expected a number like {like}")
        if shape is not None and len(item) != shape[depth]:
            raise ValueError(
                f"infer_dtype(): ragged nesting: {where} has length {len(item)}, expected {shape[depth]} like {like}"
            )
        stack.extend((child, f"{where}[{i}]", depth + 1) for i, child in reversed(list(enumerate(item))))
    return found


def _kind_of(value: Any, where: str) -> type:
    # torch reads a subclass of a Python number (an IntEnum member) as that number, but a
    # NumPy scalar by its own dtype although numpy.float64 subclasses float
    if type(value).__module__ != "numpy":
        for kind in _KINDS:  # bool first: it is a subclass of int
            if isinstance(value, kind):
                return kind
    raise TypeError(
        f"infer_dtype(): {where} must be a Python bool, int, float or complex, got {type(value).__name__}"
    )


# the dtypes torch.full can fill; torch.zeros also allocates bit-packed and quantized
# dtypes, which the reference refuses rather than special-casing
_FILLABLE = tuple(
    getattr(torch, name) for name in (
        "bool", "uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64",
        "float16", "bfloat16", "float32", "float64", "float8_e4m3fn", "float8_e4m3fnuz",
        "float8_e5m2", "float8_e5m2fnuz", "float8_e8m0fnu", "complex32", "complex64", "complex128",
    ) if hasattr(torch, name)
)


def _normalize_size(fn: str, size: tuple[Any, ...]) -> tuple[int, ...]:
    # torch accepts zeros(2, 3) and zeros((2, 3)) alike: one sequence argument is the size
    if not size:
        raise TypeError(f"{fn}(): size is missing; pass () for a 0-d tensor")
    if len(size) == 1 and isinstance(size[0], (tuple, list, torch.Size)):
        size = tuple(size[0])
    shape = tuple(check_int_like(fn, f"size[{i}]", n, minimum=0) for i, n in enumerate(size))
    for i, n in enumerate(shape):
        if n > INT64_MAX:
            raise ValueError(f"{fn}(): size[{i}] must be <= 2**63 - 1, got {n}")
    return shape


def _filled(fn: str, size: tuple[Any, ...], value: int, dtype: Any, device: Any, requires_grad: Any) -> torch.Tensor:
    shape = _normalize_size(fn, size)
    dtype = dtype_arg(dtype)
    if dtype is not None and not isinstance(dtype, torch.dtype):
        what = f"type {dtype.__module__}.{dtype.__qualname__}" if isinstance(dtype, type) else type(dtype).__name__
        raise TypeError(f"{fn}(): dtype must be a torch.dtype, None or one of bool, int, float, complex, got {what}")
    dtype = dtype or torch.get_default_dtype()
    if dtype not in _FILLABLE:
        raise TypeError(f"{fn}(): dtype {dtype} is not supported: the reference fills bool, integer, "
                        f"floating-point and complex dtypes only")
    device = device_arg(fn, device)
    check_bool(fn, "requires_grad", requires_grad)
    if requires_grad and not (dtype.is_floating_point or dtype.is_complex):
        raise ValueError(f"{fn}(): only floating-point or complex tensors can require grad, got {dtype}")
    out = allocate(fn, "the result", shape, dtype, device)
    return out.fill_(value).requires_grad_(requires_grad)


def zeros(*size: int | Sequence[int], dtype: torch.dtype | None = None, device: torch.device | str | int | None = None,
          requires_grad: bool = False) -> torch.Tensor:
    """Reference ``torch.zeros``: a new tensor of the given size, every element 0.

    ``size`` may be given as separate ints or as one tuple/list/``torch.Size``, so
    ``zeros(2, 3)``, ``zeros((2, 3))`` and ``zeros(x.shape)`` agree; ``zeros(())`` is a 0-d
    tensor. Sizes may be any integer ``operator.index`` accepts (NumPy integers, 0-d
    integer tensors), but not ``bool``. Without ``dtype`` the result has
    ``torch.get_default_dtype()`` (float32 unless changed), never an integer type.

    Args:
        size: the sizes of the dimensions, each an int ``>= 0``, or one sequence of them.
        dtype: the element type (bool, integer, floating point or complex); ``None`` means
            the default float dtype. Python's ``bool``, ``int``, ``float`` and ``complex``
            stand for ``torch.bool``, ``int64``, ``float64`` and ``complex128``, as in torch.
        device: where to allocate (``"cpu"``, ``"cuda:0"``, ``"meta"``, ...); ``None``
            means torch's default device.
        requires_grad: make the result a leaf that tracks gradients (floating point and
            complex only).

    Returns:
        A new tensor of that shape, dtype and device, filled with 0.

    Raises:
        TypeError: no size, a size that is not an integer (or is a bool), a ``dtype`` that
            is not a ``torch.dtype`` or is bit-packed/quantized, a ``device`` of the wrong
            type, or a ``requires_grad`` that is not a bool.
        ValueError: a negative size, a size too large to address or allocate, a
            ``device`` string torch does not know or cannot use, or ``requires_grad=True``
            with an integer/bool dtype.

    Examples:
        >>> zeros(2, 3).shape == zeros((2, 3)).shape == torch.Size([2, 3])
        True
        >>> zeros(2).dtype
        torch.float32
        >>> import numpy as np
        >>> zeros(np.int64(2), torch.tensor(3)).shape  # any integer operator.index accepts #zh: operator.index 接受的整数都可以
        torch.Size([2, 3])
        >>> zeros(2**40, device="meta").shape  # meta: a size without memory #zh: meta 设备只有形状，不占内存
        torch.Size([1099511627776])
    """
    return _filled("zeros", size, 0, dtype, device, requires_grad)


def ones(*size: int | Sequence[int], dtype: torch.dtype | None = None, device: torch.device | str | int | None = None,
         requires_grad: bool = False) -> torch.Tensor:
    """Reference ``torch.ones``: a new tensor filled with 1, with the same size rules as :func:`zeros`.

    Args:
        size: the sizes of the dimensions, each an int ``>= 0``, or one sequence of them.
        dtype: the element type, as for :func:`zeros`; ``None`` means the default float
            dtype.
        device: where to allocate; ``None`` means torch's default device.
        requires_grad: make the result a leaf that tracks gradients (floating point and
            complex only).

    Returns:
        A new tensor of that shape, dtype and device, filled with 1.

    Raises:
        TypeError: as for :func:`zeros`.
        ValueError: as for :func:`zeros`.

    Examples:
        >>> ones((2,), dtype=torch.int64)
        tensor([1, 1])
        >>> ones(2, dtype=torch.int64, requires_grad=True)
        Traceback (most recent call last):
            ...
        ValueError: ones(): only floating-point or complex tensors can require grad, got torch.int64
    """
    return _filled("ones", size, 1, dtype, device, requires_grad)


__all__ = ["infer_dtype", "ones", "zeros"]
