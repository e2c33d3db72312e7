"""Indexing: pick elements of a tensor by position.

Reference implementations written with plain loops over index positions, so the rule
each op follows is visible; tests prove them equal to torch.
"""

from __future__ import annotations

import itertools

import torch

from torchnotes._checks import check_dim, check_tensor


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
    if index.numel() and (index.min() < 0 or index.max() >= input.size(dim)):
        raise ValueError(
            f"gather(): index values must lie in [0, {input.size(dim)}) along dim={dim}, "
            f"got values in [{int(index.min())}, {int(index.max())}]"
        )
    out = torch.empty(index.shape, dtype=input.dtype)
    for pos in itertools.product(*(range(n) for n in index.shape)):
        src = list(pos)
        src[dim] = int(index[pos])
        out[pos] = input[tuple(src)]
    return out
