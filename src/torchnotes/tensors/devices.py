"""torch.device: where a tensor lives, and the attributes to look at when one misbehaves."""

from __future__ import annotations

import torch

from torchnotes._checks import check_tensor


def describe(tensor: torch.Tensor) -> str:
    """One line with what to check first when a tensor misbehaves: shape, dtype, device, layout.

    ``device`` is where the data lives (a ``torch.device``: a type and an optional index).
    ``stride`` and ``contiguous`` tell whether the tensor is a view whose memory is not in
    row-major order (after ``t()``, ``transpose``, ``permute``), which ``view`` can refuse
    (flattening it, for example).
    ``requires_grad`` tells whether autograd records the operations on it. A sparse
    tensor has no strides: its line names the layout instead.

    Args:
        tensor: a tensor on any device; nothing is read from its memory, so meta tensors
            (shape and dtype without data) work too.

    Returns:
        ``"shape=... dtype=... device=... stride=... contiguous=... requires_grad=..."``,
        or ``"shape=... dtype=... device=... layout=... requires_grad=..."`` for a sparse
        layout.

    Raises:
        TypeError: ``tensor`` is not a tensor, or is a nested tensor (it has no single
            shape).

    Examples:
        >>> describe(torch.zeros(2, 3).t())
        'shape=(3, 2) dtype=float32 device=cpu stride=(1, 3) contiguous=False requires_grad=False'
        >>> describe(torch.empty(4, device="meta"))
        'shape=(4,) dtype=float32 device=meta stride=(1,) contiguous=True requires_grad=False'
        >>> describe(torch.eye(2).to_sparse())
        'shape=(2, 2) dtype=float32 device=cpu layout=sparse_coo requires_grad=False'
    """
    check_tensor("describe", "tensor", tensor)
    if tensor.is_nested:
        raise TypeError("describe(): tensor is a nested tensor, which has no single shape; describe its components")
    head = f"shape={tuple(tensor.shape)} dtype={str(tensor.dtype).removeprefix('torch.')} device={tensor.device}"
    if tensor.layout != torch.strided:
        return f"{head} layout={str(tensor.layout).removeprefix('torch.')} requires_grad={tensor.requires_grad}"
    return (
        f"{head} stride={tensor.stride()} "
        f"contiguous={tensor.is_contiguous()} requires_grad={tensor.requires_grad}"
    )


__all__ = ["describe"]
