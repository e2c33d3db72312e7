"""Indexing: pick elements of a tensor by position.

Reference implementations written with plain loops over index positions, so the rule
each op follows is visible; tests prove them equal to torch.
"""

from __future__ import annotations

import itertools

import torch

from torchnotes._checks import check_bool, check_dim, check_tensor


def gather(input: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.gather``: ``out[i][j][k] = input[i][index[i][j][k]][k]`` for ``dim=1``.

    The output has the shape of ``index``. Along ``dim`` the index picks a position of
    ``input``; along every other dimension ``d`` the position is copied, so
    ``index.size(d) <= input.size(d)`` is all that is needed (equal shapes are *not*
    required).

    Args:
        input: the source tensor.
        dim: the dimension to index along; negative values count from the end.
        index: an ``int64`` tensor with as many dimensions as ``input``.

    Returns:
        A tensor shaped like ``index`` with the dtype of ``input``.

    Raises:
        TypeError: ``input`` or ``index`` is not a tensor, or ``index`` is not int64.
        ValueError: ``dim`` is out of range, the ranks differ, a size rule is broken, or an
            index value is out of bounds.

    >>> src = torch.tensor([[1, 2, 3], [4, 5, 6]])
    >>> gather(src, 1, torch.tensor([[2, 0], [1, 1]]))
    tensor([[3, 1],
            [5, 5]])
    >>> gather(src, 0, torch.tensor([[1, 0, 1]]))
    tensor([[4, 2, 6]])
    """
    check_tensor("gather", "input", input)
    check_tensor("gather", "index", index)
    if index.dtype != torch.int64:
        raise TypeError(f"gather(): index must have dtype torch.int64, got {index.dtype}")
    dim = check_dim("gather", "dim", dim, input.dim())
    if index.dim() != input.dim():
        raise ValueError(
            f"gather(): index must have the same number of dimensions as input "
            f"({input.dim()}), got index.dim()={index.dim()}"
        )
    if input.dim() == 0:  # a 0-d tensor behaves like a 1-element vector here
        return gather(input.reshape(1), 0, index.reshape(1)).reshape(())
    for d in range(input.dim()):
        if d != dim and index.size(d) > input.size(d):
            raise ValueError(
                f"gather(): index.size({d})={index.size(d)} must be <= input.size({d})="
                f"{input.size(d)} for every dimension except dim={dim}"
            )
    _check_range("gather", index, input.size(dim), dim)
    out = torch.empty(index.shape, dtype=input.dtype)
    for pos in itertools.product(*(range(n) for n in index.shape)):
        src = list(pos)
        src[dim] = int(index[pos])
        out[pos] = input[tuple(src)]
    return out


def index_select(input: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.index_select``: whole slices of ``input`` along ``dim``, in ``index`` order.

    Unlike :func:`gather`, ``index`` is 1-d and picks entire slices: the output keeps every
    dimension of ``input`` and only ``dim`` changes size, to ``len(index)``. Repeated ids
    repeat slices.

    Args:
        input: the source tensor.
        dim: the dimension to select along; negative values count from the end.
        index: a 1-d (or 0-d) ``int64``/``int32`` tensor of positions along ``dim``.

    Returns:
        A tensor with ``input``'s shape except ``size(dim) == index.numel()``.

    Raises:
        TypeError: non-tensor arguments or a non-integer ``index``.
        ValueError: ``index`` has more than one dimension, ``dim`` is out of range, or an
            index value is out of bounds.

    >>> x = torch.tensor([[1, 2, 3], [4, 5, 6]])
    >>> index_select(x, 1, torch.tensor([2, 0, 2]))
    tensor([[3, 1, 3],
            [6, 4, 6]])
    """
    check_tensor("index_select", "input", input)
    check_tensor("index_select", "index", index)
    if index.dtype not in (torch.int64, torch.int32):
        raise TypeError(f"index_select(): index must be int64 or int32, got {index.dtype}")
    if index.dim() > 1:
        raise ValueError(
            f"index_select(): index must be 1-d, got shape {tuple(index.shape)}"
        )
    dim = check_dim("index_select", "dim", dim, input.dim())
    size = input.size(dim) if input.dim() else 1
    _check_range("index_select", index, size, dim)
    if input.dim() == 0:
        if index.numel() != 1:
            raise ValueError(
                f"index_select(): a 0-d input takes exactly one index value, got {index.numel()}"
            )
        return input.clone()
    # one slice per id, then glue them back together along the same dim
    slices = [input.narrow(dim, int(i), 1) for i in index.reshape(-1)]
    if not slices:
        shape = list(input.shape)
        shape[dim] = 0
        return input.new_empty(shape)
    return torch.cat(slices, dim)


def masked_select(input: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.masked_select``: the elements where ``mask`` is True, as a 1-d tensor.

    ``mask`` and ``input`` are broadcast against each other first, then read in row-major
    order. The result is always 1-d: the shape is lost, because each row may keep a
    different number of elements.

    Args:
        input: the source tensor.
        mask: a ``torch.bool`` tensor broadcastable with ``input``.

    Returns:
        A 1-d tensor with ``mask.sum()`` elements (after broadcasting).

    Raises:
        TypeError: non-tensor arguments or a non-bool ``mask``.
        ValueError: the shapes do not broadcast.

    >>> x = torch.tensor([[1, -2], [-3, 4]])
    >>> masked_select(x, x > 0)
    tensor([1, 4])
    >>> masked_select(x, torch.tensor([True, False]))  # the mask is broadcast over rows
    tensor([ 1, -3])
    """
    check_tensor("masked_select", "input", input)
    check_tensor("masked_select", "mask", mask)
    if mask.dtype != torch.bool:
        raise TypeError(f"masked_select(): mask must have dtype torch.bool, got {mask.dtype}")
    try:
        shape = torch.broadcast_shapes(input.shape, mask.shape)
    except RuntimeError:
        raise ValueError(
            f"masked_select(): mask of shape {tuple(mask.shape)} does not broadcast with "
            f"input of shape {tuple(input.shape)}"
        ) from None
    flat_input = input.expand(shape).reshape(-1)
    flat_mask = mask.expand(shape).reshape(-1)
    picked = [flat_input[i] for i in range(flat_mask.numel()) if flat_mask[i]]
    return torch.stack(picked) if picked else input.new_empty(0)


def nonzero(input: torch.Tensor, as_tuple: bool = False) -> torch.Tensor | tuple[torch.Tensor, ...]:
    """Reference ``torch.nonzero``: the coordinates of the non-zero elements, in row-major order.

    With ``as_tuple=False`` the result is an ``(n, ndim)`` matrix, one row per element;
    with ``as_tuple=True`` it is ``ndim`` 1-d tensors, one per dimension, which is exactly
    what indexing wants: ``x[nonzero(x, as_tuple=True)]`` are the non-zero values.

    Args:
        input: any tensor; ``False``, ``0`` and ``0.0`` count as zero, NaN does not.
        as_tuple: return one index tensor per dimension instead of a matrix.

    Returns:
        An ``int64`` tensor of shape ``(n, ndim)``, or a tuple of ``ndim`` tensors of
        shape ``(n,)`` (a 0-d input is treated as 1-d in tuple form, as torch does).

    Raises:
        TypeError: ``input`` is not a tensor or ``as_tuple`` is not a bool.

    >>> x = torch.tensor([[0, 3], [5, 0]])
    >>> nonzero(x)
    tensor([[0, 1],
            [1, 0]])
    >>> nonzero(x, as_tuple=True)
    (tensor([0, 1]), tensor([1, 0]))
    """
    check_tensor("nonzero", "input", input)
    check_bool("nonzero", "as_tuple", as_tuple)
    coords = [
        pos for pos in itertools.product(*(range(n) for n in input.shape)) if input[pos] != 0
    ]
    matrix = torch.tensor(coords, dtype=torch.int64).reshape(len(coords), input.dim())
    if not as_tuple:
        return matrix
    if input.dim() == 0:
        return (torch.zeros(len(coords), dtype=torch.int64),)
    return tuple(matrix[:, d] for d in range(input.dim()))


def _check_range(fn: str, index: torch.Tensor, size: int, dim: int) -> None:
    if index.numel() and (index.min() < 0 or index.max() >= size):
        raise ValueError(
            f"{fn}(): index values must lie in [0, {size}) along dim={dim}, "
            f"got values in [{int(index.min())}, {int(index.max())}]"
        )
