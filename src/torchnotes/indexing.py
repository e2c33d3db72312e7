"""Indexing: pick elements of a tensor by position.

Reference implementations that spell out the rule each op follows (which coordinate comes
from the index, which from the output position, in which order elements are read); the
tests prove them equal to torch for every dtype.
"""

from __future__ import annotations

import math
from array import array
from functools import partial
from typing import Any

import torch

from torchnotes._checks import (
    BROADCAST_WITH_MESSAGE,
    DEVICE_OF_MESSAGE,
    NOT_QUANTIZED_MESSAGE,
    STRIDED_MESSAGE,
    check_bool,
    check_broadcast,
    check_dense,
    check_dim,
    check_same_device,
)

# torch.gather and torch.index_select take these index dtypes and refuse the rest.
_INDEX_DTYPES = (torch.int64, torch.int32)
# masked_select and nonzero walk the elements in Python; beyond this they would take
# minutes where torch takes milliseconds, so they refuse instead of hanging.
_MAX_WALK = 2**26
# ... and read this many elements into Python at a time.
_WALK_BLOCK = 2**18
# index_select makes one tensor per id, about 250 times slower per element than that walk.
_MAX_SLICES = 2**20
_SLICE_BLOCK = 2**12


def gather(input: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.gather``: ``out[i][j][k] = input[i][index[i][j][k]][k]`` for ``dim=1``.

    The output has the shape of ``index``. Along ``dim`` each index value picks any
    position of ``input``; along every other dimension ``d`` the output position is used
    as it is, so ``index.size(d) <= input.size(d)`` is all that is needed there (equal
    shapes are *not* required). A 0-d ``input`` or ``index`` counts as 1-d, and an empty
    ``index`` gives an empty result before any check but ``dim``'s, as in torch.

    Args:
        input: the source tensor, any dtype.
        dim: the dimension to index along; negative values count from the end. An int, a
            NumPy int or a 0-d integer tensor, as in torch.
        index: an ``int64`` or ``int32`` tensor with as many dimensions as ``input``, on
            the same device.

    Returns:
        A tensor shaped like ``index`` with the dtype and device of ``input``.

    Raises:
        TypeError: ``input`` or ``index`` is not a strided tensor (sparse, nested and
            quantized tensors are refused), ``index`` is neither int64 nor int32, or
            ``dim`` is not an int.
        ValueError: ``dim`` is out of range, the tensors are on different devices, the
            numbers of dimensions differ, ``index`` is larger than ``input`` in a
            dimension other than ``dim``, or an index value is out of bounds.

    Examples:
        >>> src = torch.tensor([[1, 2, 3], [4, 5, 6]])
        >>> gather(src, 1, torch.tensor([[2, 0], [1, 1]]))
        tensor([[3, 1],
                [5, 5]])
        >>> gather(src, 0, torch.tensor([[1, 0, 1]], dtype=torch.int32))  # int32 works too #zh: int32 索引同样可用
        tensor([[4, 2, 6]])
        >>> gather(torch.tensor(7), 0, torch.tensor([0]))  # a 0-d input counts as 1-d #zh: 零维输入按一维处理
        tensor([7])
        >>> gather(src, 1, torch.zeros(2, 0, dtype=torch.int16)).shape  # empty: no dtype check #zh: 空索引：不检查数据类型
        torch.Size([2, 0])
    """
    _dense("gather", "input", input)
    _dense("gather", "index", index)
    check_same_device("gather", [("input", input), ("index", index)], message=DEVICE_OF_MESSAGE)
    dim = _dim("gather", dim, input.dim())
    if index.numel() == 0:  # torch returns before looking at index's dtype or shape #zh: torch 在检查 index 的数据类型和形状之前就返回
        return input.new_empty(index.shape)
    if index.dtype not in _INDEX_DTYPES:
        raise TypeError(f"gather(): index must have dtype torch.int64 or torch.int32, got {index.dtype}")
    if max(index.dim(), 1) != max(input.dim(), 1):
        raise ValueError(
            f"gather(): index must have the same number of dimensions as input "
            f"({input.dim()}), got index.dim()={index.dim()}"
        )
    src = input.reshape(1) if input.dim() == 0 else input
    idx = index.reshape(1) if index.dim() == 0 else index
    for d in range(src.dim()):
        if d != dim and idx.size(d) > src.size(d):
            raise ValueError(
                f"gather(): index.size({d})={idx.size(d)} must be <= input.size({d})="
                f"{src.size(d)} for every dimension except dim={dim}"
            )
    if not idx.is_meta:  # a meta tensor has no values to check #zh: meta 张量没有值可查
        _check_range("gather", idx, src.size(dim), dim)
    # along dim the index value, along every other dim the output position #zh: dim 维取 index 的值，其余各维取输出位置本身
    coords = [
        torch.arange(n, device=idx.device).reshape([n if k == d else 1 for k in range(idx.dim())])
        for d, n in enumerate(idx.shape)
    ]
    coords[dim] = idx.long()
    return src[tuple(coords)].reshape(index.shape)


def index_select(input: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.index_select``: whole slices of ``input`` along ``dim``, in ``index`` order.

    Unlike ``gather``, ``index`` is 1-d and picks entire slices: the output keeps every
    dimension of ``input`` and only ``dim`` changes size, to ``len(index)``. Repeated ids
    repeat slices.

    Args:
        input: the source tensor, any dtype.
        dim: the dimension to select along; negative values count from the end. An int, a
            NumPy int or a 0-d integer tensor, as in torch.
        index: a 1-d (or 0-d) ``int64``/``int32`` tensor of positions along ``dim``, on
            the device of ``input``.

    Returns:
        A tensor with ``input``'s shape except ``size(dim) == index.numel()``, with the
        dtype and device of ``input``.

    Raises:
        TypeError: arguments that are not strided tensors (sparse, nested and quantized
            tensors are refused), an ``index`` that is neither int64 nor int32, or a
            ``dim`` that is not an int.
        ValueError: ``index`` has more than one dimension, ``dim`` is out of range, the
            tensors are on different devices, an index value is out of bounds, or ``index``
            holds more than 2**20 ids (the reference takes one slice per id in Python).

    Examples:
        >>> x = torch.tensor([[1, 2, 3], [4, 5, 6]])
        >>> index_select(x, 1, torch.tensor([2, 0, 2]))
        tensor([[3, 1, 3],
                [6, 4, 6]])
    """
    _dense("index_select", "input", input)
    _dense("index_select", "index", index)
    if index.dtype not in _INDEX_DTYPES:
        raise TypeError(f"index_select(): index must be int64 or int32, got {index.dtype}")
    if index.dim() > 1:
        raise ValueError(f"index_select(): index must be 1-d, got shape {tuple(index.shape)}")
    check_same_device("index_select", [("input", input), ("index", index)], message=DEVICE_OF_MESSAGE)
    dim = _dim("index_select", dim, input.dim())
    size = input.size(dim) if input.dim() else 1
    if input.dim() == 0 and index.numel() != 1:
        raise ValueError(
            f"index_select(): a 0-d input takes exactly one index value, got {index.numel()}"
        )
    if index.is_meta:  # shapes only: a meta tensor has no ids to read #zh: 只算形状：meta 张量没有可读的索引值
        shape = list(input.shape)
        if shape:
            shape[dim] = index.numel()
        return input.new_empty(shape)
    if index.numel() > _MAX_SLICES:
        raise ValueError(
            f"index_select(): index has {index.numel()} ids; this reference implementation "
            f"takes one slice per id in Python and takes at most 2**20"
        )
    _check_range("index_select", index, size, dim)
    if input.dim() == 0:
        return input.clone()
    ids = index.reshape(-1).tolist()
    if not ids:
        shape = list(input.shape)
        shape[dim] = 0
        return input.new_empty(shape)
    # one slice per id, glued back together along the same dim #zh: 每个索引取一片，再沿同一维拼接
    # (a block of ids at a time: a million slice objects at once would take a gigabyte) #zh: （每次一批索引：一百万个切片对象同时存在要占 1 GB）
    blocks = [
        torch.cat([input.narrow(dim, i, 1) for i in ids[lo : lo + _SLICE_BLOCK]], dim)
        for lo in range(0, len(ids), _SLICE_BLOCK)
    ]
    return blocks[0] if len(blocks) == 1 else torch.cat(blocks, dim)


def masked_select(input: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.masked_select``: the elements where ``mask`` is True, as a 1-d tensor.

    ``mask`` and ``input`` are broadcast against each other first, then read in row-major
    order. The result is always 1-d: the shape is lost, because each row may keep a
    different number of elements.

    Args:
        input: the source tensor, any dtype.
        mask: a ``torch.bool`` tensor broadcastable with ``input``, on the same device.

    Returns:
        A 1-d tensor with ``mask.sum()`` elements (after broadcasting), with the dtype and
        device of ``input``.

    Raises:
        TypeError: arguments that are not strided tensors (sparse, nested and quantized
            tensors are refused) or a non-bool ``mask``.
        ValueError: the shapes do not broadcast, the tensors are on different devices or
            on the meta device (the result's length depends on the mask's values), or
            they broadcast to more than 2**26 elements.

    Examples:
        >>> x = torch.tensor([[1, -2], [-3, 4]])
        >>> masked_select(x, x > 0)
        tensor([1, 4])
        >>> masked_select(x, torch.tensor([True, False]))  # the mask is broadcast over rows #zh: 掩码沿行广播
        tensor([ 1, -3])
    """
    _dense("masked_select", "input", input)
    _dense("masked_select", "mask", mask)
    if mask.dtype != torch.bool:
        raise TypeError(f"masked_select(): mask must have dtype torch.bool, got {mask.dtype}")
    check_same_device("masked_select", [("input", input), ("mask", mask)], message=DEVICE_OF_MESSAGE)
    _no_meta("masked_select", input)
    shape = check_broadcast("masked_select", [("input", input), ("mask", mask)], message=BROADCAST_WITH_MESSAGE)
    _check_walk("masked_select", "input and mask broadcast to shape", tuple(shape))
    flat_input = input.expand(shape).reshape(-1)
    keep = _nonzero_positions(mask.expand(shape).reshape(-1))
    return flat_input[keep.to(input.device)]


def nonzero(input: torch.Tensor, *, as_tuple: bool = False) -> torch.Tensor | tuple[torch.Tensor, ...]:
    """Reference ``torch.nonzero``: the coordinates of the non-zero elements, in row-major order.

    With ``as_tuple=False`` the result is an ``(n, ndim)`` matrix, one row per element;
    with ``as_tuple=True`` it is ``ndim`` 1-d tensors, one per dimension, which is exactly
    what indexing wants: ``x[nonzero(x, as_tuple=True)]`` are the non-zero values.

    Args:
        input: any tensor; ``False``, ``0``, ``0.0`` and ``-0.0`` count as zero, NaN does
            not.
        as_tuple: return one index tensor per dimension instead of a matrix; keyword-only,
            as in torch.

    Returns:
        An ``int64`` tensor of shape ``(n, ndim)``, or a tuple of ``ndim`` tensors of
        shape ``(n,)`` (a 0-d input is treated as 1-d in tuple form, as torch does), on
        the device of ``input``.

    Raises:
        TypeError: ``input`` is not a strided tensor (sparse, nested and quantized tensors
            are refused) or ``as_tuple`` is not a bool.
        ValueError: ``input`` is on the meta device (the result's length depends on its
            values) or has more than 2**26 elements.

    Examples:
        >>> x = torch.tensor([[0, 3], [5, 0]])
        >>> nonzero(x)
        tensor([[0, 1],
                [1, 0]])
        >>> nonzero(x, as_tuple=True)
        (tensor([0, 1]), tensor([1, 0]))
    """
    _dense("nonzero", "input", input)
    check_bool("nonzero", "as_tuple", as_tuple)
    _no_meta("nonzero", input)
    _check_walk("nonzero", "input has shape", tuple(input.shape))
    position = _nonzero_positions(input.reshape(-1)).to(input.device)
    hits = position.numel()
    # undo the row-major flattening: the last dim varies fastest #zh: 还原行优先展平：最后一维变化最快
    columns = []
    for n in reversed(input.shape):
        position, column = position // n, position % n
        columns.append(column)
    matrix = (
        torch.stack(columns[::-1], dim=1)
        if columns
        else torch.zeros(hits, 0, dtype=torch.int64, device=input.device)
    )
    if not as_tuple:
        return matrix
    if input.dim() == 0:
        return (torch.zeros(hits, dtype=torch.int64, device=input.device),)
    return tuple(matrix[:, d] for d in range(input.dim()))


#: A tensor with values in strided memory: sparse, nested and quantized tensors are refused
#: (as the docstrings say; torch fails on a nested one with a RuntimeError).
_dense = partial(check_dense, message=STRIDED_MESSAGE, quantized=NOT_QUANTIZED_MESSAGE)


def _dim(fn: str, dim: Any, ndim: int) -> int:
    """A dimension as torch's ``dim`` takes it: an int, a NumPy int or a 0-d integer tensor, never a bool."""
    return check_dim(fn, "dim", dim, ndim, int_like=True, tensors="0-d")


def _nonzero_positions(flat: torch.Tensor) -> torch.Tensor:
    """The positions ``i`` (an int64 CPU tensor) where ``flat[i]`` is not zero, in order.

    A Python number is false exactly when it is zero (``-0.0`` and ``0j`` included, NaN is
    true), so ``if value`` is the test for a mask and for nonzero alike. The walk reads one
    block of values into Python at a time, so the lists stay small however many elements
    there are (a list of 2**26 Python numbers takes gigabytes).
    """
    found = array("q")  # 8 bytes per position, where a list of Python ints takes 36
    for start in range(0, flat.numel(), _WALK_BLOCK):
        values = flat[start : start + _WALK_BLOCK].tolist()
        found.extend([start + i for i, value in enumerate(values) if value])
    return torch.frombuffer(found, dtype=torch.int64) if found else torch.zeros(0, dtype=torch.int64)


def _no_meta(fn: str, input: torch.Tensor) -> None:
    if input.is_meta:
        raise ValueError(
            f"{fn}(): tensors on the meta device hold no values, and the length of the "
            f"result depends on them; got a meta tensor"
        )


def _check_walk(fn: str, what: str, shape: tuple[int, ...]) -> None:
    numel = math.prod(shape)
    if numel > _MAX_WALK:
        raise ValueError(
            f"{fn}(): {what} {shape} ({numel} elements); this reference implementation "
            f"walks the elements in Python and takes at most 2**26"
        )


def _check_range(fn: str, index: torch.Tensor, size: int, dim: int) -> None:
    if index.numel() and (index.min() < 0 or index.max() >= size):
        raise ValueError(
            f"{fn}(): index values must lie in [0, {size}) along dim={dim}, "
            f"got values in [{int(index.min())}, {int(index.max())}]"
        )
