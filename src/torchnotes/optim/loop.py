"""The body of a training loop: clear the gradients, forward, backward, step."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch

from torchnotes.optim._args import check_real


def train_step(model: torch.nn.Module, loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
               optimizer: torch.optim.Optimizer, batches: Sequence[tuple[torch.Tensor, torch.Tensor]],
               max_norm: float | None = None) -> float:
    """One optimizer step: ``zero_grad()``, then forward and backward per batch, then ``step()``.

    The order matters. ``zero_grad()`` comes first because ``backward()`` *adds* to
    ``.grad``; ``step()`` comes last because it reads ``.grad``. Several ``batches`` are
    accumulated into one step (gradient accumulation): each loss is weighted by its share
    of the samples, so with a mean-reduced loss the step is the same as one step on all the
    samples at once, up to float rounding. ``max_norm`` clips the total gradient norm
    between backward and step, as ``torch.nn.utils.clip_grad_norm_`` does.

    Args:
        model: the module to train; ``model(input)`` gives the prediction.
        loss_fn: ``loss_fn(prediction, target)`` returning a 0-d tensor, mean-reduced over
            the batch (such as ``torch.nn.functional.mse_loss``).
        optimizer: an optimizer over ``model``'s parameters.
        batches: one or more ``(input, target)`` pairs; the first dimension of ``input``
            counts the samples.
        max_norm: clip the gradients' total 2-norm to this value (``> 0``), or ``None``.

    Returns:
        The loss over all samples of ``batches`` before the step, as a float.

    Raises:
        TypeError: ``model`` is not a module, ``optimizer`` not an optimizer, ``loss_fn``
            not callable, ``batches`` not a sequence of pairs of tensors, a floating-point
            input has another dtype than the model's floating-point parameters, ``loss_fn``
            does not return a real floating-point tensor, or ``max_norm`` is not a real
            number.
        ValueError: ``batches`` is empty, an input has no batch dimension or no samples, a
            batch holds a meta tensor or tensors on another device than the model's, the
            loss is not a 0-d tensor that requires grad, or ``max_norm <= 0``.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> model = torch.nn.Linear(2, 1)
        >>> opt = torch.optim.SGD(model.parameters(), lr=0.1)
        >>> x, y = torch.randn(8, 2), torch.randn(8, 1)
        >>> loss_fn = torch.nn.functional.mse_loss
        >>> [round(train_step(model, loss_fn, opt, [(x, y)]), 4) for _ in range(3)]
        [1.9178, 1.5588, 1.3354]
        >>> # two half batches accumulated: the same step as the whole batch #zh: 两个半批次累积：与整个批次的一步相同
        >>> twin = torch.nn.Linear(2, 1)
        >>> _ = twin.load_state_dict(model.state_dict())
        >>> twin_opt = torch.optim.SGD(twin.parameters(), lr=0.1)
        >>> _ = train_step(model, loss_fn, opt, [(x, y)])
        >>> _ = train_step(twin, loss_fn, twin_opt, [(x[:4], y[:4]), (x[4:], y[4:])])
        >>> torch.allclose(model.weight, twin.weight)
        True
    """
    fn = "train_step"
    if not isinstance(model, torch.nn.Module):
        raise TypeError(f"{fn}(): model must be a torch.nn.Module, got {type(model).__name__}")
    if not callable(loss_fn):
        raise TypeError(f"{fn}(): loss_fn must be callable, got {type(loss_fn).__name__}")
    if not isinstance(optimizer, torch.optim.Optimizer):
        raise TypeError(f"{fn}(): optimizer must be a torch.optim.Optimizer, got {type(optimizer).__name__}")
    if isinstance(batches, (str, bytes, torch.Tensor)) or not isinstance(batches, Sequence):
        raise TypeError(f"{fn}(): batches must be a list of (input, target) pairs, got {type(batches).__name__}")
    if not batches:
        raise ValueError(f"{fn}(): batches must hold at least one (input, target) pair, got none")
    for i, pair in enumerate(batches):
        if not (isinstance(pair, Sequence) and len(pair) == 2
                and all(isinstance(t, torch.Tensor) for t in pair)):
            raise TypeError(f"{fn}(): batches[{i}] must be an (input, target) pair of tensors, got {pair!r:.60}")
        input, target = pair
        # size(0), not shape[0]: a nested input has a batch size but no shape #zh: 用 size(0) 而非 shape[0]：嵌套张量有批大小，却没有 shape
        if input.dim() == 0 or input.size(0) == 0:
            shape = "nested" if input.is_nested else tuple(input.shape)
            raise ValueError(f"{fn}(): batches[{i}][0] needs a batch dimension with samples, got shape {shape}")
        if input.is_meta or target.is_meta:
            raise ValueError(f"{fn}(): batches[{i}] holds a meta tensor; a loss needs values to train on")
        if target.device != input.device:
            raise ValueError(f"{fn}(): batches[{i}][1] is on {target.device}, batches[{i}][0] on {input.device}")
        # torch would fail inside the forward with a RuntimeError #zh: 否则 torch 会在前向传播内部抛出 RuntimeError
        for name, t in [*model.named_parameters(), *model.named_buffers()]:
            if t.device != input.device:
                raise ValueError(f"{fn}(): model's {name} is on {t.device}, batches[{i}][0] on {input.device}")
            if input.is_floating_point() and t.is_floating_point() and t.dtype != input.dtype:
                raise TypeError(f"{fn}(): model's {name} is {t.dtype}, batches[{i}][0] is {input.dtype}")
    if max_norm is not None:
        max_norm = check_real(fn, "max_norm", max_norm, low=None)
        if max_norm <= 0:
            raise ValueError(f"{fn}(): max_norm must be > 0 or None, got {max_norm}")
    total = sum(pair[0].size(0) for pair in batches)

    optimizer.zero_grad()  # 1. backward() adds to .grad: clear it first #zh: 1. backward() 会累加到 .grad：先清零
    loss_sum = 0.0
    for i, (input, target) in enumerate(batches):
        loss = loss_fn(model(input), target)  # 2. forward #zh: 2. 前向
        if not isinstance(loss, torch.Tensor):
            raise TypeError(f"{fn}(): loss_fn must return a tensor, got {type(loss).__name__}")
        if not loss.dtype.is_floating_point:  # backward()'s RuntimeError for a complex loss #zh: 复数损失会让 backward() 抛出 RuntimeError
            raise TypeError(f"{fn}(): loss_fn must return a real floating-point tensor, got {loss.dtype}")
        if loss.dim() != 0 or not loss.requires_grad:
            raise ValueError(
                f"{fn}(): loss_fn must return a 0-d tensor that requires grad, got shape "
                f"{tuple(loss.shape)} with requires_grad={loss.requires_grad}"
            )
        share = input.size(0) / total  # weight by samples so the sum is the whole batch's mean #zh: 按样本数加权，总和才等于整个批次的均值
        (loss * share).backward()  # 3. backward: adds this batch's share to .grad #zh: 3. 反向：把这一批次的份额加到 .grad 上
        loss_sum += loss.item() * share
    if max_norm is not None:
        torch.nn.utils.clip_grad_norm_(
            [p for group in optimizer.param_groups for p in group["params"]], max_norm
        )
    optimizer.step()  # 4. step: reads .grad, does not clear it #zh: 4. 更新：读取 .grad，但不会清零
    return loss_sum
