"""nn.Parameter and the old Variable: what a module registers, and how a tensor becomes a leaf."""

from __future__ import annotations

import torch
from torch import nn

from torchnotes._checks import check_bool, check_tensor


def count_parameters(module: nn.Module, trainable_only: bool = True) -> int:
    """Number of scalar values in the parameters a module registered (trainable ones by default).

    Only ``nn.Parameter`` objects assigned as module attributes (or held by registered
    submodules, ``nn.ParameterList``/``nn.ParameterDict``) are registered; a plain tensor
    attribute or a Parameter inside a Python list is invisible to ``module.parameters()``,
    and therefore to the optimizer and to ``module.to(device)``. A Parameter shared by two
    submodules (tied weights) counts once, as ``parameters()`` yields it once.

    Args:
        module: the model.
        trainable_only: count only parameters with ``requires_grad=True``; frozen ones
            (``p.requires_grad_(False)``) are skipped.

    Returns:
        The sum of ``p.numel()`` over the selected parameters.

    Raises:
        TypeError: ``module`` is not an ``nn.Module`` or ``trainable_only`` is not a bool.
        ValueError: the module still has uninitialized parameters (a lazy module such as
            ``nn.LazyLinear`` before its first forward pass).

    Examples:
        >>> count_parameters(nn.Linear(3, 2))  # 3 * 2 weights + 2 biases #zh: 3 * 2 个权重加 2 个偏置
        8
    """
    if not isinstance(module, nn.Module):
        raise TypeError(f"count_parameters(): module must be an nn.Module, got {type(module).__name__}")
    check_bool("count_parameters", "trainable_only", trainable_only)
    total = 0
    for name, p in module.named_parameters():
        if isinstance(p, nn.parameter.UninitializedParameter):
            raise ValueError(
                f"count_parameters(): parameter {name!r} is not initialized yet (a lazy module); "
                f"run one forward pass first"
            )
        if p.requires_grad or not trainable_only:
            total += p.numel()
    return total


def as_leaf(tensor: torch.Tensor, requires_grad: bool = True) -> torch.Tensor:
    """What ``Variable(tensor, requires_grad=True)`` meant before PyTorch 0.4: a fresh leaf tensor.

    ``detach()`` cuts the tensor from the graph that produced it and ``requires_grad_()``
    starts recording again, so gradients accumulate in the result's ``.grad``. This is
    also exactly what ``Variable(tensor, requires_grad=...)`` returns today. The result
    shares memory with ``tensor``; call ``tensor.clone()`` first for an independent copy.

    Args:
        tensor: any tensor, a non-leaf one (with a ``grad_fn``) included.
        requires_grad: whether the new leaf records operations.

    Returns:
        A plain ``torch.Tensor`` (never a Parameter) with ``is_leaf=True`` and
        ``grad_fn=None``, sharing ``tensor``'s memory.

    Raises:
        TypeError: ``tensor`` is not a tensor or ``requires_grad`` is not a bool.
        ValueError: ``requires_grad=True`` for a tensor that is not floating point or
            complex, or for an inference tensor outside ``torch.inference_mode()``.

    Examples:
        >>> y = torch.ones(2, requires_grad=True) * 3  # not a leaf: it has a grad_fn #zh: 不是叶子张量：它有 grad_fn
        >>> w = as_leaf(y)
        >>> w.is_leaf, w.requires_grad, w.grad_fn
        (True, True, None)
    """
    check_tensor("as_leaf", "tensor", tensor)
    check_bool("as_leaf", "requires_grad", requires_grad)
    if requires_grad and not (tensor.dtype.is_floating_point or tensor.dtype.is_complex):
        raise ValueError(f"as_leaf(): only floating-point or complex tensors can require grad, got {tensor.dtype}")
    if requires_grad and tensor.is_inference() and not torch.is_inference_mode_enabled():
        raise ValueError(
            "as_leaf(): tensor was created under torch.inference_mode() and cannot record gradients "
            "outside it; clone() it outside inference mode first"
        )
    return tensor.detach().requires_grad_(requires_grad)


__all__ = ["as_leaf", "count_parameters"]
