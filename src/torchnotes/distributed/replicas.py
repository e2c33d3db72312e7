"""What nn.DataParallel computes with several devices, run on one."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from torchnotes._checks import check_dim, check_int_like, check_tensor

__all__ = ["data_parallel_apply"]


def data_parallel_apply(
    module: nn.Module, input: torch.Tensor, num_replicas: int, dim: int = 0
) -> torch.Tensor:
    """What ``nn.DataParallel`` computes with ``num_replicas`` devices, run on one device.

    DataParallel cuts ``input`` into ``input.chunk(num_replicas, dim)`` (so a batch of 5 on
    4 devices uses 3 replicas), runs one replica of ``module`` per chunk and concatenates the
    outputs along ``dim``. The replicas use the parameters of ``module``, so gradients flow
    back into it; buffers are shared with the first replica only, so in-place updates made
    by the others (BatchNorm's running statistics) are lost. With ``num_replicas=1`` it is
    ``module(input)``. A replica returning a 0-d tensor contributes one element.

    Args:
        module: the module to replicate.
        input: the batch, cut along ``dim``.
        num_replicas: how many devices DataParallel would use.
        dim: the dimension to scatter along; negative values count from the end.

    Returns:
        The replicas' outputs concatenated along ``dim`` (stacked when they are 0-d).

    Raises:
        TypeError: ``module`` is not a module, ``input`` is not a tensor, an integer
            argument is not an int, or a replica returns something other than a tensor.
        ValueError: ``num_replicas`` is below 1, ``input`` is 0-d or ``dim`` is out of
            range.

    Examples:
        >>> torch.manual_seed(0)  # doctest: +ELLIPSIS
        <torch._C.Generator object at ...>
        >>> layer = nn.Linear(3, 2)
        >>> x = torch.randn(5, 3)
        >>> torch.allclose(data_parallel_apply(layer, x, 4), layer(x))  # rows are independent #zh: 各行互不影响
        True
        >>> [len(c) for c in x.chunk(4)]  # 5 rows on 4 devices: 3 replicas #zh: 5 行分给 4 个设备：只用 3 个副本
        [2, 2, 1]
    """
    name = "data_parallel_apply"
    if not isinstance(module, nn.Module):
        raise TypeError(f"{name}(): module must be a torch.nn.Module, got {type(module).__name__}")
    check_tensor(name, "input", input)
    num_replicas = check_int_like(name, "num_replicas", num_replicas, minimum=1)
    if input.dim() == 0:
        raise ValueError(f"{name}(): input must have a dimension to scatter along, got a 0-d tensor")
    dim = check_dim(name, "dim", dim, input.dim(), int_like=True, tensors="none")
    if num_replicas == 1:
        return _tensor_output(name, module(input))
    chunks = input.chunk(num_replicas, dim)
    outputs = [_tensor_output(name, module(chunks[0]))]
    if len(chunks) > 1:
        # the other replicas read the same parameters (gradients add up in module) and copies
        # of the buffers, whose in-place updates vanish with the replica
        state = {k: v for k, v in module.named_parameters()}
        for chunk in chunks[1:]:
            buffers = {k: v.clone() for k, v in module.named_buffers()}
            out = torch.func.functional_call(module, {**state, **buffers}, (chunk,))
            outputs.append(_tensor_output(name, out))
    if outputs[0].dim() == 0:
        return torch.stack(outputs)
    return torch.cat(outputs, dim)


def _tensor_output(name: str, out: Any) -> torch.Tensor:
    if not isinstance(out, torch.Tensor):
        raise TypeError(f"{name}(): the module must return a tensor, got {type(out).__name__}")
    return out
