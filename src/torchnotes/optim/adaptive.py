"""Adam and AdamW as functions: the same moments, two ways to apply weight decay.

Adam's ``weight_decay`` is an L2 term added to the gradient *before* the moments, so the
adaptive denominator rescales it; AdamW shrinks the weights directly, ``p *= 1 - lr * wd``,
outside the moments (decoupled weight decay, Loshchilov & Hutter, arXiv:1711.05101).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import torch

from torchnotes._checks import check_bool
from torchnotes.optim._args import check_betas, check_params_grads, check_real, check_state, clones


def _adam(fn: str, params: Any, grads: Any, state: Any, lr: Any, betas: Any, eps: Any,
          weight_decay: Any, maximize: Any, decoupled: bool) -> tuple[list[torch.Tensor], dict[str, Any]]:
    params, grads = check_params_grads(fn, params, grads)
    lr = check_real(fn, "lr", lr)
    beta1, beta2 = check_betas(fn, betas)
    eps = check_real(fn, "eps", eps)
    weight_decay = check_real(fn, "weight_decay", weight_decay)
    check_bool(fn, "maximize", maximize)
    old = check_state(fn, state, params, ("step", "exp_avg", "exp_avg_sq"))
    out = clones(params)
    step = old["step"] + 1 if old else 1
    exp_avgs = clones(old["exp_avg"]) if old else [torch.zeros_like(p) for p in out]
    exp_avg_sqs = clones(old["exp_avg_sq"]) if old else [torch.zeros_like(p) for p in out]
    # the moments start at 0, so early averages are too small: divide by 1 - beta**step #zh: 矩从 0 开始，早期的平均值偏小：除以 1 - beta**step 修正
    bias_correction1 = 1 - beta1**step
    bias_correction2_sqrt = (1 - beta2**step) ** 0.5
    for i, p in enumerate(out):
        g = -grads[i] if maximize else grads[i]
        if weight_decay != 0:
            if decoupled:
                p.mul_(1 - lr * weight_decay)  # AdamW: shrink the weight itself #zh: AdamW：直接缩小权重本身
            else:
                g = g.add(p, alpha=weight_decay)  # Adam: L2 enters the moments #zh: Adam：L2 项进入一阶、二阶矩
        exp_avgs[i].lerp_(g, 1 - beta1)
        exp_avg_sqs[i].mul_(beta2).addcmul_(g, g, value=1 - beta2)
        denom = (exp_avg_sqs[i].sqrt() / bias_correction2_sqrt).add_(eps)
        p.addcdiv_(exp_avgs[i], denom, value=-(lr / bias_correction1))
    return out, {"step": step, "exp_avg": exp_avgs, "exp_avg_sq": exp_avg_sqs}


def adam(params: Sequence[torch.Tensor], grads: Sequence[torch.Tensor],
         state: Mapping[str, Any] | None = None, *, lr: float = 1e-3,
         betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8, weight_decay: float = 0.0,
         maximize: bool = False) -> tuple[list[torch.Tensor], dict[str, Any]]:
    """One step of ``torch.optim.Adam`` (``amsgrad=False``) on copies of ``params``.

    Two moving averages per coordinate, ``m = beta1 * m + (1 - beta1) * g`` and
    ``v = beta2 * v + (1 - beta2) * g**2``, are bias-corrected and give the step
    ``lr * m_hat / (sqrt(v_hat) + eps)``. On the first step ``m_hat = g`` and
    ``sqrt(v_hat) = |g|``, so every coordinate moves by about ``lr`` whatever the size of its
    gradient. ``weight_decay`` adds ``weight_decay * p`` to the gradient (L2), which the
    denominator then rescales; see ``adamw()`` for the decoupled form.

    Args:
        params: the parameters, float32 or float64 tensors; they are not modified.
        grads: one gradient per parameter, with its shape, dtype and device.
        state: ``None`` on the first step, then the state the previous call returned.
        lr: the learning rate, ``>= 0``.
        betas: the decay rates ``(beta1, beta2)`` of the two moments, each in ``[0, 1)``.
        eps: added to the denominator, ``>= 0``.
        weight_decay: the L2 penalty factor, ``>= 0``.
        maximize: climb the objective instead of descending it.

    Returns:
        ``(new_params, new_state)``; the state holds ``"step"``, ``"exp_avg"`` and
        ``"exp_avg_sq"``.

    Raises:
        TypeError: ``params``/``grads`` are not lists of float32/float64 tensors, a
            hyperparameter is not a real number, ``betas`` is not a pair, ``maximize`` is
            not a bool, or ``state`` is not a dict.
        ValueError: counts, shapes or devices of ``grads`` do not match ``params``, a
            hyperparameter is negative or not finite, a beta is not in ``[0, 1)``, or
            ``state`` does not belong to these parameters.

    Examples:
        >>> p = torch.zeros(3)
        >>> g = torch.tensor([1e-3, 1.0, 1e3])
        >>> adam([p], [g], lr=0.1)[0]  # the first step is about lr, for any size of g #zh: 第一步约为 lr，与 g 的大小无关
        [tensor([-0.1000, -0.1000, -0.1000])]
        >>> w = torch.nn.Parameter(p.clone())
        >>> opt = torch.optim.Adam([w], lr=0.1, weight_decay=0.01)
        >>> out, state = [p], None
        >>> for k in range(3):
        ...     w.grad = g * (k + 1)
        ...     opt.step()
        ...     out, state = adam(out, [g * (k + 1)], state, lr=0.1, weight_decay=0.01)
        >>> torch.equal(w.detach(), out[0])
        True
    """
    return _adam("adam", params, grads, state, lr, betas, eps, weight_decay, maximize, decoupled=False)


def adamw(params: Sequence[torch.Tensor], grads: Sequence[torch.Tensor],
          state: Mapping[str, Any] | None = None, *, lr: float = 1e-3,
          betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8, weight_decay: float = 1e-2,
          maximize: bool = False) -> tuple[list[torch.Tensor], dict[str, Any]]:
    """One step of ``torch.optim.AdamW`` (``amsgrad=False``) on copies of ``params``.

    Adam's moments and step, with weight decay applied to the weights directly:
    ``p = p * (1 - lr * weight_decay)`` before the Adam step, never through the gradient.
    The shrink is therefore proportional to the weight, whatever the gradient's history;
    with Adam's L2 the penalty is divided by ``sqrt(v_hat)`` like the gradient is. Note
    the default ``weight_decay=0.01`` (Adam's is 0).

    Args:
        params: the parameters, float32 or float64 tensors; they are not modified.
        grads: one gradient per parameter, with its shape, dtype and device.
        state: ``None`` on the first step, then the state the previous call returned.
        lr: the learning rate, ``>= 0``.
        betas: the decay rates ``(beta1, beta2)`` of the two moments, each in ``[0, 1)``.
        eps: added to the denominator, ``>= 0``.
        weight_decay: the decoupled decay factor, ``>= 0``.
        maximize: climb the objective instead of descending it.

    Returns:
        ``(new_params, new_state)``; the state holds ``"step"``, ``"exp_avg"`` and
        ``"exp_avg_sq"``.

    Raises:
        TypeError: ``params``/``grads`` are not lists of float32/float64 tensors, a
            hyperparameter is not a real number, ``betas`` is not a pair, ``maximize`` is
            not a bool, or ``state`` is not a dict.
        ValueError: counts, shapes or devices of ``grads`` do not match ``params``, a
            hyperparameter is negative or not finite, a beta is not in ``[0, 1)``, or
            ``state`` does not belong to these parameters.

    Examples:
        >>> p, g = torch.tensor([10.0]), torch.tensor([0.0])
        >>> adamw([p], [g], lr=0.1, weight_decay=0.5)[0]  # zero gradient: 10 * (1 - 0.1 * 0.5) #zh: 梯度为零：10 * (1 - 0.1 * 0.5)
        [tensor([9.5000])]
        >>> adam([p], [g], lr=0.1, weight_decay=0.5)[0]  # L2 through Adam: a step of about lr #zh: 经由 Adam 的 L2：步长约为 lr
        [tensor([9.9000])]
        >>> w = torch.nn.Parameter(p.clone())
        >>> opt = torch.optim.AdamW([w], lr=0.1, weight_decay=0.5)
        >>> w.grad = g.clone()
        >>> opt.step()
        >>> torch.equal(w.detach(), adamw([p], [g], lr=0.1, weight_decay=0.5)[0][0])
        True
    """
    return _adam("adamw", params, grads, state, lr, betas, eps, weight_decay, maximize, decoupled=True)
