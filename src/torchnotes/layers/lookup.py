"""Lookup layers: ``nn.Embedding`` as a plain function and the rows it trains."""

from __future__ import annotations

import torch

from torchnotes._checks import check_int_like, check_tensor
from torchnotes.layers._common import MAX_ELEMENTS, allocation

# The largest size a tensor dimension can have (torch stores sizes as int64).
_MAX_SIZE = 2**63 - 1


def embedding(
    input: torch.Tensor, weight: torch.Tensor, padding_idx: int | None = None
) -> torch.Tensor:
    """Reference ``F.embedding``: row ``i`` of ``weight`` for every id ``i`` in ``input``.

    An embedding is a lookup table: ``weight`` has shape ``(num_embeddings, embedding_dim)``
    and the output has shape ``input.shape + (embedding_dim,)``, with ``weight``'s dtype
    and device. ``padding_idx`` does not change the forward pass; as in torch, the row it
    names gets no gradient (:func:`embedding_grad_mask`). ``max_norm`` is not supported.

    Args:
        input: integer ids of any shape, ``int64`` or ``int32`` (torch refuses other
            dtypes), on ``weight``'s device.
        weight: the table, a 2-d tensor of any dtype.
        padding_idx: ``None`` or an id in ``[-num_embeddings, num_embeddings)``; negative
            values count from the end.

    Returns:
        A tensor of shape ``input.shape + (embedding_dim,)`` with ``weight``'s dtype and device.

    Raises:
        TypeError: ``input`` or ``weight`` is not a dense tensor (sparse and nested ones
            are refused), ``input`` is not ``int64`` or ``int32``, or ``padding_idx`` is
            not an integer.
        ValueError: ``weight`` is not 2-d, the two tensors are on different devices, an id
            is out of range, ``padding_idx`` is, or the output is too large to allocate.

    Examples:
        >>> table = torch.arange(6.0).reshape(3, 2)
        >>> embedding(torch.tensor([[2, 0]]), table)
        tensor([[[4., 5.],
                 [0., 1.]]])
        >>> ids = torch.tensor([0, 2, 0])
        >>> torch.equal(embedding(ids, table), torch.nn.functional.embedding(ids, table))
        True
        >>> weight = table.clone().requires_grad_()
        >>> embedding(ids, weight, padding_idx=0).sum().backward()
        >>> weight.grad  # row 0 is the padding row: no gradient #zh: 第 0 行是填充行：没有梯度
        tensor([[0., 0.],
                [0., 0.],
                [1., 1.]])
    """
    for name, value in (("input", input), ("weight", weight)):
        check_tensor("embedding", name, value)
        if value.layout != torch.strided or value.is_nested:
            # torch answers a sparse table with a sparse result and fails inside on sparse
            # or nested ids; the reference indexes dense memory only (a quantized table it
            # looks up exactly as torch does)
            raise TypeError(
                f"embedding(): {name} must be a dense (strided) tensor, got layout "
                f"{value.layout}{' (nested)' if value.is_nested else ''}"
            )
    if input.dtype not in (torch.int64, torch.int32):
        raise TypeError(f"embedding(): input must hold int64 or int32 ids, got {input.dtype}")
    if weight.dim() != 2:
        raise ValueError(
            f"embedding(): weight must be 2-d (num_embeddings, embedding_dim), "
            f"got shape {tuple(weight.shape)}"
        )
    if input.device != weight.device:
        raise ValueError(
            f"embedding(): input and weight must be on the same device, "
            f"got input on {input.device} and weight on {weight.device}"
        )
    num = weight.size(0)
    padding_idx = _check_padding_idx("embedding", padding_idx, num)
    # checked before the ids are read: an expanded input may stand for more ids than fit
    # in memory, and min/max would copy them first
    size = input.numel() * max(weight.size(1), 1)
    if size > MAX_ELEMENTS:
        raise ValueError(
            f"embedding(): {input.numel()} ids of {weight.size(1)} values each are too many "
            f"to allocate (input shape {tuple(input.shape)})"
        )
    # A meta tensor has no values to check; torch does not check them either.
    with allocation("embedding", f"the output of {input.numel()} rows"):
        if input.numel() and input.device.type != "meta":
            low, high = int(input.min()), int(input.max())
            if low < 0 or high >= num:
                raise ValueError(
                    f"embedding(): ids must lie in [0, {num}) for a table of {num} rows, "
                    f"got values in [{low}, {high}]"
                )
        if padding_idx is not None and weight.requires_grad:
            # Read the padding row through weight.detach() (same values, no way back) so
            # that its gradient stays zero however often it is looked up, as in torch.
            keep = _grad_mask(num, padding_idx, weight.device)[:, None]
            weight = torch.where(keep, weight, weight.detach())
        # Indexing with an integer tensor is the whole forward pass: one row per id.
        return weight[input]


def embedding_grad_mask(num_embeddings: int, padding_idx: int | None) -> torch.Tensor:
    """Rows of ``nn.Embedding.weight`` that receive a gradient: all but ``padding_idx``.

    A ``False`` row gets a zero gradient however often it is looked up. A zero gradient
    does not freeze the row: weight decay and ``max_norm`` still change it.

    Args:
        num_embeddings: the number of rows of the table, ``>= 0``.
        padding_idx: ``None`` or a row in ``[-num_embeddings, num_embeddings)``; negative
            values count from the end.

    Returns:
        A 1-d ``bool`` tensor of length ``num_embeddings``.

    Raises:
        TypeError: ``num_embeddings`` or ``padding_idx`` is not an integer.
        ValueError: ``num_embeddings`` is negative or too large to allocate, or
            ``padding_idx`` is out of range.

    Examples:
        >>> embedding_grad_mask(4, padding_idx=0)
        tensor([False,  True,  True,  True])
        >>> embedding_grad_mask(4, padding_idx=-1)  # counts from the end #zh: 负数从末尾数起
        tensor([ True,  True,  True, False])
        >>> emb = torch.nn.Embedding(4, 2, padding_idx=-1)
        >>> emb(torch.arange(4)).sum().backward()
        >>> emb.weight.grad.any(dim=1)  # the rows torch gave a gradient #zh: torch 给了梯度的行
        tensor([ True,  True,  True, False])
    """
    num = check_int_like("embedding_grad_mask", "num_embeddings", num_embeddings, minimum=0)
    padding_idx = _check_padding_idx("embedding_grad_mask", padding_idx, num)
    return _grad_mask(num, padding_idx, torch.device("cpu"))


def _grad_mask(num: int, padding_idx: int | None, device: torch.device) -> torch.Tensor:
    if num > _MAX_SIZE:
        raise ValueError(f"embedding_grad_mask(): num_embeddings must be <= 2**63 - 1, got {num}")
    try:
        mask = torch.ones(num, dtype=torch.bool, device=device)
    except RuntimeError as error:  # the allocator refuses at once instead of hanging
        raise ValueError(
            f"embedding_grad_mask(): a mask of num_embeddings={num} rows does not fit in "
            f"memory ({error.__class__.__name__} from the allocator)"
        ) from None
    if padding_idx is not None:
        mask[padding_idx] = False
    return mask


def _check_padding_idx(fn: str, padding_idx: object, num_embeddings: int) -> int | None:
    if padding_idx is None:
        return None
    padding_idx = check_int_like(fn, "padding_idx", padding_idx)
    if not -num_embeddings <= padding_idx < num_embeddings:
        raise ValueError(
            f"{fn}(): padding_idx must be in [{-num_embeddings}, {num_embeddings}), "
            f"got {padding_idx}"
        )
    return padding_idx
