"""What nn.DataParallel computes with several devices, run on one."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from torchnotes._checks import check_dense, check_dim, check_int_like, check_tensor

__all__ = ["data_parallel_apply"]

# One replica per device, each run here one after another: a count like 2**40 is a typo,
# and an empty batch would be cut into that many empty chunks.
_MAX_REPLICAS = 1024


def data_parallel_apply(
    module: nn.Module, input: torch.Tensor, num_replicas: int, dim: int = 0
) -> torch.Tensor:
    """What ``nn.DataParallel`` computes with ``num_replicas`` devices, run on one device.

    DataParallel cuts ``input`` into ``input.chunk(num_replicas, dim)`` (so a batch of 5 on
    4 devices uses 3 replicas), runs one replica of ``module`` per chunk and concatenates the
    outputs along ``dim`` (read against the outputs' rank, as DataParallel's gather reads it,
    so ``dim=-1`` works for a module that drops a dimension). The replicas use the parameters of ``module``, so gradients flow
    back into it; buffers are shared with the first replica only, so in-place updates made
    by the others (BatchNorm's running statistics) are lost. With ``num_replicas=1`` it is
    ``module(input)``. A replica returning a 0-d tensor contributes one element.

    Args:
        module: the module to replicate.
        input: the batch, cut along ``dim``.
        num_replicas: how many devices DataParallel would use, 1 to 1024.
        dim: the dimension to scatter along; negative values count from the end.

    Returns:
        The replicas' outputs concatenated along ``dim`` (stacked when they are 0-d).

    Raises:
        TypeError: ``module`` is not a module, ``input`` is not a dense tensor (sparse and
            nested ones are refused), an integer argument is not an int, or a replica
            returns something other than a tensor.
        ValueError: ``num_replicas`` is outside 1 to 1024, ``input`` is 0-d, ``dim`` is
            out of range, ``module`` has a parameter or buffer off ``input``'s device, or
            the replicas' outputs cannot be gathered (0-d and not, ``dim`` beyond their
            rank, shapes differing outside ``dim``).

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
    check_dense(name, "input", input, message="{name} must be a dense tensor, got a {kind} one")
    num_replicas = check_int_like(name, "num_replicas", num_replicas, minimum=1)
    if num_replicas > _MAX_REPLICAS:
        raise ValueError(f"{name}(): num_replicas must be <= {_MAX_REPLICAS}, got {num_replicas}")
    if input.dim() == 0:
        raise ValueError(f"{name}(): input must have a dimension to scatter along, got a 0-d tensor")
    gather_dim = check_int_like(name, "dim", dim, tensors="none")
    dim = check_dim(name, "dim", gather_dim, input.dim())
    for what, t in [*module.named_parameters(), *module.named_buffers()]:
        if t.device != input.device:
            raise ValueError(
                f"{name}(): module's {what} is on {t.device} but input on {input.device}; "
                f"DataParallel wants them on one device"
            )
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
    return _gather(name, outputs, gather_dim)


def _gather(name: str, outputs: list[torch.Tensor], dim: int) -> torch.Tensor:
    """DataParallel's gather: 0-d outputs stacked, others concatenated along ``dim``."""
    zero_d = [out.dim() == 0 for out in outputs]
    if all(zero_d):
        return torch.stack(outputs)
    if any(zero_d):
        raise ValueError(
            f"{name}(): the replicas must all return 0-d tensors or none, got shapes "
            f"{[tuple(o.shape) for o in outputs]}"
        )
    first = outputs[0]
    if not -first.dim() <= dim < first.dim():
        raise ValueError(
            f"{name}(): dim={dim} is out of range for the replicas' {first.dim()}-d outputs "
            f"of shape {tuple(first.shape)}, along which they are gathered"
        )
    dim %= first.dim()
    for i, out in enumerate(outputs[1:], 1):
        if out.dim() != first.dim() or any(
            a != b for d, (a, b) in enumerate(zip(out.shape, first.shape)) if d != dim
        ):
            raise ValueError(
                f"{name}(): replica outputs must match outside dim {dim} to be gathered, "
                f"replica 0 gave {tuple(first.shape)} and replica {i} {tuple(out.shape)}"
            )
    return torch.cat(outputs, dim)


def _tensor_output(name: str, out: Any) -> torch.Tensor:
    if not isinstance(out, torch.Tensor):
        raise TypeError(f"{name}(): the module must return a tensor, got {type(out).__name__}")
    return out
