"""SGD, RMSprop and Adagrad as functions: ``(params, grads, state) -> (new params, new state)``.

Each step works on copies, so the caller's tensors never change; the arithmetic is the
single-tensor code path of ``torch.optim`` (the default on the CPU) written out in the same
order, which is why the tests can demand bit-equal results.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import torch

from torchnotes._checks import check_bool
from torchnotes.optim._args import check_params_grads, check_real, check_state, clones


def sgd(params: Sequence[torch.Tensor], grads: Sequence[torch.Tensor],
        state: Mapping[str, Any] | None = None, *, lr: float = 1e-3, momentum: float = 0.0,
        dampening: float = 0.0, weight_decay: float = 0.0, nesterov: bool = False,
        maximize: bool = False) -> tuple[list[torch.Tensor], dict[str, Any]]:
    """One step of ``torch.optim.SGD`` on copies of ``params``.

    Plain SGD is ``p - lr * g``. Weight decay first adds ``weight_decay * p`` to the
    gradient (L2). With momentum a buffer ``b`` keeps a running sum: ``b = g`` on the first
    step, then ``b = momentum * b + (1 - dampening) * g``, and the step uses ``b`` (or
    ``g + momentum * b`` with Nesterov). ``maximize`` negates the gradient.

    Args:
        params: the parameters, float32 or float64 tensors; they are not modified.
        grads: one gradient per parameter, with its shape, dtype and device.
        state: ``None`` on the first step, then the state the previous call returned.
        lr: the learning rate, ``>= 0``.
        momentum: the momentum factor, ``>= 0``.
        dampening: how much of the new gradient the momentum buffer does *not* take.
        weight_decay: the L2 penalty factor, ``>= 0``.
        nesterov: use Nesterov momentum (needs ``momentum > 0`` and ``dampening == 0``).
        maximize: climb the objective instead of descending it.

    Returns:
        ``(new_params, new_state)``: the stepped copies and ``{"momentum_buffer": [...]}``
        (an empty dict without momentum).

    Raises:
        TypeError: ``params``/``grads`` are not lists of float32/float64 tensors, a
            hyperparameter is not a real number, a flag is not a bool, or ``state`` is not
            a dict.
        ValueError: counts, shapes or devices of ``grads`` do not match ``params``, a
            hyperparameter is negative or not finite, Nesterov without momentum or with
            dampening, or ``state`` does not belong to these parameters.

    Examples:
        >>> p, g = torch.tensor([1.0, -2.0]), torch.tensor([0.5, 0.5])
        >>> sgd([p], [g], lr=0.1)[0]  # p - lr * g #zh: 即 p - lr * g
        [tensor([ 0.9500, -2.0500])]
        >>> new, state = sgd([p], [g], lr=0.1, momentum=0.9)
        >>> new, state = sgd(new, [g], state, lr=0.1, momentum=0.9)
        >>> state["momentum_buffer"]  # 0.9 * 0.5 + 0.5 #zh: 即 0.9 * 0.5 + 0.5
        [tensor([0.9500, 0.9500])]
        >>> w = torch.nn.Parameter(p.clone())
        >>> opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
        >>> for _ in range(2):
        ...     w.grad = g.clone()
        ...     opt.step()
        >>> torch.equal(w.detach(), new[0])
        True
    """
    fn = "sgd"
    params, grads = check_params_grads(fn, params, grads)
    lr = check_real(fn, "lr", lr)
    momentum = check_real(fn, "momentum", momentum)
    dampening = check_real(fn, "dampening", dampening, low=None)
    weight_decay = check_real(fn, "weight_decay", weight_decay)
    check_bool(fn, "nesterov", nesterov)
    check_bool(fn, "maximize", maximize)
    if nesterov and (momentum <= 0 or dampening != 0):
        raise ValueError(
            f"{fn}(): nesterov=True needs momentum > 0 and dampening == 0, "
            f"got momentum={momentum}, dampening={dampening}"
        )
    # without momentum SGD keeps no state: an earlier momentum run's state is a mistake #zh: 没有动量时 SGD 不保存状态：传入带动量的状态说明用错了
    old = check_state(fn, state, params, ("momentum_buffer",) if momentum else ())
    out = clones(params)
    buffers = clones(old["momentum_buffer"]) if old else [None] * len(out)
    for i, p in enumerate(out):
        g = -grads[i] if maximize else grads[i]
        if weight_decay != 0:
            g = g.add(p, alpha=weight_decay)  # L2: the penalty's gradient joins g #zh: L2：惩罚项的梯度并入 g
        if momentum != 0:
            if buffers[i] is None:
                buffers[i] = g.detach().clone()  # the first step takes g whole, no dampening #zh: 第一步整份取 g，不打折扣
            else:
                buffers[i].mul_(momentum).add_(g, alpha=1 - dampening)
            g = g.add(buffers[i], alpha=momentum) if nesterov else buffers[i]
        p.add_(g, alpha=-lr)
    return out, ({"momentum_buffer": buffers} if momentum else {})


def rmsprop(params: Sequence[torch.Tensor], grads: Sequence[torch.Tensor],
            state: Mapping[str, Any] | None = None, *, lr: float = 1e-2, alpha: float = 0.99,
            eps: float = 1e-8, weight_decay: float = 0.0, momentum: float = 0.0,
            centered: bool = False, maximize: bool = False) -> tuple[list[torch.Tensor], dict[str, Any]]:
    """One step of ``torch.optim.RMSprop`` on copies of ``params``.

    A moving average of squared gradients, ``v = alpha * v + (1 - alpha) * g**2``, scales
    each coordinate's step: ``p - lr * g / (sqrt(v) + eps)``. ``eps`` is added *after* the
    square root. ``centered`` subtracts the squared moving average of ``g`` first (a
    variance instead of a second moment); ``momentum`` accumulates the scaled steps in a
    buffer ``b = momentum * b + g / (sqrt(v) + eps)``.

    Args:
        params: the parameters, float32 or float64 tensors; they are not modified.
        grads: one gradient per parameter, with its shape, dtype and device.
        state: ``None`` on the first step, then the state the previous call returned.
        lr: the learning rate, ``>= 0``.
        alpha: the smoothing constant of the averages, ``>= 0``.
        eps: added to the denominator, ``>= 0``.
        weight_decay: the L2 penalty factor, ``>= 0``.
        momentum: the momentum factor, ``>= 0``.
        centered: divide by the square root of an estimate of the gradient's variance
            (its standard deviation) instead of the root of ``v``.
        maximize: climb the objective instead of descending it.

    Returns:
        ``(new_params, new_state)``; the state holds ``"step"``, ``"square_avg"`` and, when
        used, ``"grad_avg"`` (centered) and ``"momentum_buffer"`` (momentum > 0).

    Raises:
        TypeError: ``params``/``grads`` are not lists of float32/float64 tensors, a
            hyperparameter is not a real number, a flag is not a bool, or ``state`` is not
            a dict.
        ValueError: counts, shapes or devices of ``grads`` do not match ``params``, a
            hyperparameter is negative or not finite, or ``state`` does not belong to these
            parameters and options.

    Examples:
        >>> p, g = torch.tensor([1.0]), torch.tensor([3.0])
        >>> new, state = rmsprop([p], [g], lr=0.1, alpha=0.0, eps=0.0)  # v = g**2: a step of lr #zh: v = g**2：步长正好是 lr
        >>> new, state["square_avg"]
        ([tensor([0.9000])], [tensor([9.])])
        >>> w = torch.nn.Parameter(p.clone())
        >>> opt = torch.optim.RMSprop([w], lr=0.1, momentum=0.5, centered=True)
        >>> out, state = [p], None
        >>> for _ in range(3):
        ...     w.grad = g.clone()
        ...     opt.step()
        ...     out, state = rmsprop(out, [g], state, lr=0.1, momentum=0.5, centered=True)
        >>> torch.equal(w.detach(), out[0])
        True
    """
    fn = "rmsprop"
    params, grads = check_params_grads(fn, params, grads)
    lr = check_real(fn, "lr", lr)
    alpha = check_real(fn, "alpha", alpha)
    eps = check_real(fn, "eps", eps)
    weight_decay = check_real(fn, "weight_decay", weight_decay)
    momentum = check_real(fn, "momentum", momentum)
    check_bool(fn, "centered", centered)
    check_bool(fn, "maximize", maximize)
    keys = ("step", "square_avg") + (("grad_avg",) if centered else ()) + (("momentum_buffer",) if momentum > 0 else ())
    old = check_state(fn, state, params, keys)
    out = clones(params)
    step = old["step"] + 1 if old else 1
    square_avgs = clones(old["square_avg"]) if old else [torch.zeros_like(p) for p in out]
    grad_avgs = (clones(old["grad_avg"]) if old else [torch.zeros_like(p) for p in out]) if centered else []
    buffers = (clones(old["momentum_buffer"]) if old else [torch.zeros_like(p) for p in out]) if momentum > 0 else []
    for i, p in enumerate(out):
        g = -grads[i] if maximize else grads[i]
        if weight_decay != 0:
            g = g.add(p, alpha=weight_decay)
        square_avgs[i].mul_(alpha).addcmul_(g, g, value=1 - alpha)
        if centered:
            grad_avgs[i].lerp_(g, 1 - alpha)
            # E[g^2] - E[g]^2: the variance, so a steady gradient is not damped away #zh: E[g^2] - E[g]^2：方差，稳定的梯度不会被压小
            avg = square_avgs[i].addcmul(grad_avgs[i], grad_avgs[i], value=-1).sqrt_()
        else:
            avg = square_avgs[i].sqrt()
        avg = avg.add_(eps)  # eps outside the square root #zh: eps 加在平方根之外
        if momentum > 0:
            buffers[i].mul_(momentum).addcdiv_(g, avg)
            p.add_(buffers[i], alpha=-lr)
        else:
            p.addcdiv_(g, avg, value=-lr)
    new_state: dict[str, Any] = {"step": step, "square_avg": square_avgs}
    if centered:
        new_state["grad_avg"] = grad_avgs
    if momentum > 0:
        new_state["momentum_buffer"] = buffers
    return out, new_state


def adagrad(params: Sequence[torch.Tensor], grads: Sequence[torch.Tensor],
            state: Mapping[str, Any] | None = None, *, lr: float = 1e-2, lr_decay: float = 0.0,
            weight_decay: float = 0.0, initial_accumulator_value: float = 0.0, eps: float = 1e-10,
            maximize: bool = False) -> tuple[list[torch.Tensor], dict[str, Any]]:
    """One step of ``torch.optim.Adagrad`` on copies of ``params``.

    Adagrad *sums* squared gradients, ``s = s + g**2`` (starting from
    ``initial_accumulator_value``), and steps ``p - clr * g / (sqrt(s) + eps)`` with
    ``clr = lr / (1 + (step - 1) * lr_decay)``. The sum never forgets, so under a steady
    gradient the steps shrink like ``lr / sqrt(step)``.

    Args:
        params: the parameters, float32 or float64 tensors; they are not modified.
        grads: one gradient per parameter, with its shape, dtype and device.
        state: ``None`` on the first step, then the state the previous call returned.
        lr: the learning rate, ``>= 0``.
        lr_decay: shrinks the learning rate with the step count, ``>= 0``.
        weight_decay: the L2 penalty factor, ``>= 0``.
        initial_accumulator_value: the starting value of the sum ``s``, ``>= 0``.
        eps: added to the denominator, ``>= 0``.
        maximize: climb the objective instead of descending it.

    Returns:
        ``(new_params, new_state)``; the state holds ``"step"`` and ``"sum"``.

    Raises:
        TypeError: ``params``/``grads`` are not lists of float32/float64 tensors, a
            hyperparameter is not a real number, ``maximize`` is not a bool, or ``state`` is
            not a dict.
        ValueError: counts, shapes or devices of ``grads`` do not match ``params``, a
            hyperparameter is negative or not finite, or ``state`` does not belong to these
            parameters.

    Examples:
        >>> p, g = torch.tensor([0.0]), torch.tensor([2.0])
        >>> out, state = [p], None
        >>> for _ in range(4):
        ...     before = out[0]
        ...     out, state = adagrad(out, [g], state, lr=1.0, eps=0.0)
        ...     print(round((before - out[0]).item(), 4))  # lr / sqrt(step) #zh: 步长为 lr / sqrt(step)
        1.0
        0.7071
        0.5774
        0.5
        >>> state["sum"], state["step"]
        ([tensor([16.])], 4)
    """
    fn = "adagrad"
    params, grads = check_params_grads(fn, params, grads)
    lr = check_real(fn, "lr", lr)
    lr_decay = check_real(fn, "lr_decay", lr_decay)
    weight_decay = check_real(fn, "weight_decay", weight_decay)
    initial = check_real(fn, "initial_accumulator_value", initial_accumulator_value)
    eps = check_real(fn, "eps", eps)
    check_bool(fn, "maximize", maximize)
    old = check_state(fn, state, params, ("step", "sum"))
    out = clones(params)
    step = old["step"] + 1 if old else 1
    sums = clones(old["sum"]) if old else [torch.full_like(p, initial) for p in out]
    clr = lr / (1 + (step - 1) * lr_decay)
    for i, p in enumerate(out):
        g = -grads[i] if maximize else grads[i]
        if weight_decay != 0:
            g = g.add(p, alpha=weight_decay)
        sums[i].addcmul_(g, g, value=1)  # a sum, not an average: it only grows #zh: 是累加而不是平均：只增不减
        p.addcdiv_(g, sums[i].sqrt().add_(eps), value=-clr)
    return out, {"step": step, "sum": sums}
