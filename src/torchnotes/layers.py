"""Layers: what an ``nn`` module computes, written out as a plain function."""

from __future__ import annotations

import torch

from torchnotes._checks import check_int, check_tensor


def embedding(
    input: torch.Tensor, weight: torch.Tensor, padding_idx: int | None = None
) -> torch.Tensor:
    """Reference ``nn.Embedding`` forward: row ``i`` of ``weight`` for every id ``i`` in ``input``.

    An embedding is a lookup table: ``weight`` has shape ``(num_embeddings, embedding_dim)``
    and the output has shape ``input.shape + (embedding_dim,)``. ``padding_idx`` does not
    change the forward pass; it only stops the gradient for that row (see
    :func:`embedding_grad_mask`).

    Args:
        input: integer ids of any shape (``int64`` or ``int32``).
        weight: the table, a 2-d floating-point tensor.
        padding_idx: optional id in ``[-num_embeddings, num_embeddings)``.

    Raises:
        TypeError: non-tensor arguments, non-integer ids or a non-integer ``padding_idx``.
        ValueError: ``weight`` is not 2-d, an id is out of range, or ``padding_idx`` is.

    >>> table = torch.arange(6.0).reshape(3, 2)
    >>> embedding(torch.tensor([[2, 0]]), table)
    tensor([[[4., 5.],
             [0., 1.]]])
    """
    check_tensor("embedding", "input", input)
    check_tensor("embedding", "weight", weight)
    if input.dtype not in (torch.int64, torch.int32):
        raise TypeError(f"embedding(): input must hold int64 or int32 ids, got {input.dtype}")
    if weight.dim() != 2:
        raise ValueError(
            f"embedding(): weight must be 2-d (num_embeddings, embedding_dim), "
            f"got shape {tuple(weight.shape)}"
        )
    num = weight.size(0)
    _check_padding_idx("embedding", padding_idx, num)
    if input.numel() and (input.min() < 0 or input.max() >= num):
        raise ValueError(
            f"embedding(): ids must lie in [0, {num}) for a table of {num} rows, "
            f"got values in [{int(input.min())}, {int(input.max())}]"
        )
    # Indexing with an integer tensor is the whole forward pass: one row per id.
    return weight[input.long()]


def embedding_grad_mask(num_embeddings: int, padding_idx: int | None) -> torch.Tensor:
    """Rows of ``nn.Embedding.weight`` that receive a gradient: all but ``padding_idx``.

    >>> embedding_grad_mask(4, padding_idx=0)
    tensor([False,  True,  True,  True])
    """
    check_int("embedding_grad_mask", "num_embeddings", num_embeddings, minimum=1)
    _check_padding_idx("embedding_grad_mask", padding_idx, num_embeddings)
    mask = torch.ones(num_embeddings, dtype=torch.bool)
    if padding_idx is not None:
        mask[padding_idx] = False
    return mask


def _check_padding_idx(fn: str, padding_idx: int | None, num_embeddings: int) -> None:
    if padding_idx is None:
        return
    check_int(fn, "padding_idx", padding_idx)
    if not -num_embeddings <= padding_idx < num_embeddings:
        raise ValueError(
            f"{fn}(): padding_idx must be in [{-num_embeddings}, {num_embeddings}), "
            f"got {padding_idx}"
        )
