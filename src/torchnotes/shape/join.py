"""Joining tensors: ``torch.cat`` along an existing dimension, ``torch.stack`` along a new one."""

from __future__ import annotations

import re

import torch

from torchnotes.shape._args import as_dim, as_int, dense, describe

__all__ = ["cat", "stack"]


def _tensor_list(fn: str, tensors: object) -> list[torch.Tensor]:
    if isinstance(tensors, torch.Tensor) or not isinstance(tensors, (list, tuple)):
        raise TypeError(
            f"{fn}(): tensors must be a list or tuple of tensors, got {describe(tensors)}"
        )
    if not tensors:
        raise ValueError(f"{fn}(): tensors must not be empty")
    for i, t in enumerate(tensors):
        dense(fn, f"tensors[{i}]", t)
        # torch refuses mixed devices even for the empty tensors cat skips
        if t.device != tensors[0].device:
            raise ValueError(
                f"{fn}(): tensors[{i}] is on {t.device}, expected {tensors[0].device} "
                f"like tensors[0]"
            )
    return list(tensors)


def _promoted_dtype(fn: str, tensors: list[torch.Tensor]) -> torch.dtype:
    dtype = tensors[0].dtype
    for i, t in enumerate(tensors[1:], start=1):
        try:
            dtype = torch.promote_types(dtype, t.dtype)
        except RuntimeError:  # uint16/32/64 and float8 take part in no promotion
            raise TypeError(
                f"{fn}(): tensors[{i}] has dtype {t.dtype}, which torch does not promote "
                f"with {dtype}; convert the tensors to one dtype first"
            ) from None
    return dtype


def _is_legacy_empty(t: torch.Tensor) -> bool:
    return t.dim() == 1 and t.numel() == 0


def _cat(fn: str, tensors: list[torch.Tensor], dim: object) -> torch.Tensor:
    for i, t in enumerate(tensors):
        if t.dim() == 0:
            raise ValueError(
                f"{fn}(): tensors[{i}] is 0-d; zero-dimensional tensors cannot be "
                f"concatenated, unsqueeze(0) them or use stack()"
            )
    # the skipped legacy empties still take part in dtype promotion, as in torch
    dtype = _promoted_dtype(fn, tensors)
    kept = [(i, t) for i, t in enumerate(tensors) if not _is_legacy_empty(t)]
    if not kept:
        # every input is skipped: torch returns an empty (0,) tensor for any int dim
        as_int(fn, "dim", dim)
        return torch.empty(0, dtype=dtype, device=tensors[0].device)
    ref = kept[0][1]
    dim = as_dim(fn, "dim", dim, ref.dim())
    for i, t in kept:
        if t.dim() != ref.dim():
            raise ValueError(
                f"{fn}(): tensors[{i}] has {t.dim()} dimensions, expected {ref.dim()} like "
                f"tensors[{kept[0][0]}]"
            )
        for d in range(ref.dim()):
            if d != dim and t.size(d) != ref.size(d):
                raise ValueError(
                    f"{fn}(): tensors[{i}] has size {t.size(d)} in dimension {d}, expected "
                    f"{ref.size(d)}; only dim={dim} may differ"
                )
    shape = list(ref.shape)
    shape[dim] = sum(t.size(dim) for _, t in kept)
    if shape[dim] >= 2**63:
        raise ValueError(
            f"{fn}(): the joined size {shape[dim]} along dim={dim} does not fit in int64"
        )
    try:
        out = torch.empty(shape, dtype=dtype, device=ref.device)
    except RuntimeError as error:  # torch.OutOfMemoryError is a RuntimeError too
        # drop c10's "[enforce fail at alloc_cpu.cpp:N] err == 0." prefix
        reason = re.sub(r"^\[enforce fail at [^\]]*\]\s*(err == 0\.\s*)?", "", str(error))
        reason = reason.splitlines()[0] if reason else type(error).__name__
        raise ValueError(
            f"{fn}(): the output of shape {tuple(shape)} cannot be allocated: {reason}"
        ) from None
    offset = 0
    for _, t in kept:
        _copy_into(out.narrow(dim, offset, t.size(dim)), t)
        offset += t.size(dim)
    return out


# torch has no copy kernel for the sub-byte dtypes (one element per byte here), yet
# torch.cat joins them bit for bit: copy them as uint8.
_SUB_BYTE = tuple(getattr(torch, f"{kind}{bits}") for kind in ("int", "uint") for bits in range(1, 8))


def _copy_into(dst: torch.Tensor, src: torch.Tensor) -> None:
    if dst.dtype in _SUB_BYTE and src.dtype == dst.dtype:
        dst.view(torch.uint8).copy_(src.view(torch.uint8))
    else:
        dst.copy_(src)  # copy_ converts each input to the promoted dtype on the way in


def cat(tensors: list[torch.Tensor] | tuple[torch.Tensor, ...], dim: int = 0) -> torch.Tensor:
    """Reference ``torch.cat``: allocate the output, copy each input into its slice along ``dim``.

    All inputs need the same number of dimensions and the same size in every dimension
    except ``dim``; the output's ``dim`` is the sum of theirs. Mixed dtypes are promoted
    as in arithmetic (``int64`` with ``float32`` gives ``float32``). As in torch, 1-d empty
    tensors (shape ``(0,)``) are skipped, a legacy rule kept for compatibility, but
    their dtype still counts. The output lives on the inputs' device.

    Args:
        tensors: a non-empty list or tuple of dense tensors on one device.
        dim: the dimension to join along; negative values count from the end. Python
            and NumPy integers and 0-d integer tensors are accepted, as in torch.

    Returns:
        A new tensor of the promoted dtype whose ``dim`` is the sum of the inputs'.

    Raises:
        TypeError: ``tensors`` is not a list/tuple of dense tensors, ``dim`` is not an
            int, or two dtypes that torch does not promote (``uint16`` with ``int8``).
        ValueError: an empty list, tensors on different devices, 0-d inputs, ``dim`` out
            of range, sizes that do not match outside ``dim``, or an output too large to
            allocate.

    Examples:
        >>> cat([torch.ones(2, 2), torch.zeros(1, 2)]).shape
        torch.Size([3, 2])
        >>> cat([torch.tensor([1, 2]), torch.tensor([0.5])])  # int64 and float32 #zh: int64 与 float32
        tensor([1.0000, 2.0000, 0.5000])
        >>> cat([torch.ones(2, device="meta"), torch.ones(3, device="meta")]).device
        device(type='meta')
        >>> cat([torch.ones(2, 3), torch.ones(2, 4)])
        Traceback (most recent call last):
            ...
        ValueError: cat(): tensors[1] has size 4 in dimension 1, expected 3; only dim=0 may differ
    """
    return _cat("cat", _tensor_list("cat", tensors), dim)


def stack(tensors: list[torch.Tensor] | tuple[torch.Tensor, ...], dim: int = 0) -> torch.Tensor:
    """Reference ``torch.stack``: give every input a new size-1 dimension, then ``cat``.

    Unlike ``cat``, every input must have exactly the same shape, and the output has one
    more dimension: ``n`` tensors of shape ``(a, b)`` stack to ``(n, a, b)`` with ``dim=0``.
    Mixed dtypes are promoted as in ``cat``.

    Args:
        tensors: a non-empty list or tuple of dense tensors of equal shape on one device.
        dim: where the new dimension goes, in ``[-(ndim + 1), ndim]``; an int as in
            ``cat``.

    Returns:
        A new tensor with one more dimension than the inputs, of size ``len(tensors)``.

    Raises:
        TypeError: ``tensors`` is not a list/tuple of dense tensors, ``dim`` is not an
            int, or two dtypes that torch does not promote.
        ValueError: an empty list, tensors on different devices, shapes that differ,
            ``dim`` out of range, or an output too large to allocate.

    Examples:
        >>> stack([torch.ones(2, 3), torch.zeros(2, 3)]).shape
        torch.Size([2, 2, 3])
        >>> stack([torch.ones(2, 3), torch.zeros(2, 3)], dim=-1).shape  # new last dim #zh: 新维度放在最后
        torch.Size([2, 3, 2])
        >>> stack([torch.ones(2, 3), torch.ones(3, 2)])
        Traceback (most recent call last):
            ...
        ValueError: stack(): tensors[1] has shape (3, 2), expected (2, 3); stack needs equal shapes (cat joins unequal ones)
    """
    tensors = _tensor_list("stack", tensors)
    for i, t in enumerate(tensors):
        if t.shape != tensors[0].shape:
            raise ValueError(
                f"stack(): tensors[{i}] has shape {tuple(t.shape)}, expected "
                f"{tuple(tensors[0].shape)}; stack needs equal shapes (cat joins unequal ones)"
            )
    # the new dimension may also go after the last one, hence ndim + 1
    dim = as_dim("stack", "dim", dim, tensors[0].dim() + 1)
    return _cat("stack", [t.unsqueeze(dim) for t in tensors], dim)
