"""Cross-entropy and KL divergence from ``log_softmax`` and plain tensor arithmetic."""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np
import torch

from torchnotes._checks import (
    BROADCAST_WITH_MESSAGE,
    DEVICE_OF_MESSAGE,
    check_bool,
    check_broadcast,
    check_int_like,
    check_same_device,
)
from torchnotes.activations import log_softmax
from torchnotes.losses._args import dense, check_float

_REDUCTIONS = ("none", "mean", "sum")
# The losses build on log_softmax, which follows torch on FLOAT32_64 only.
# torch's nll_loss takes class indices of these dtypes.
_TARGET_DTYPES = (torch.int64, torch.uint8)


def cross_entropy(
    input: torch.Tensor,
    target: torch.Tensor,
    weight: torch.Tensor | None = None,
    ignore_index: int = -100,
    reduction: str = "mean",
    label_smoothing: float = 0.0,
) -> torch.Tensor:
    """Reference ``torch.nn.functional.cross_entropy``: ``log_softmax`` of the logits, then NLL.

    ``input`` holds raw scores (logits) with the classes along dimension 1 (dimension 0 for
    a 1-d input); the softmax happens inside. ``target`` is either class indices (the
    input's shape without the class dimension) or class probabilities (the input's shape).

    With indices, sample ``i`` costs ``-w[y_i] * log_softmax(input)[i, y_i]``; targets equal
    to ``ignore_index`` cost 0, and ``"mean"`` divides by the sum of ``w[y_i]`` over the
    samples that are not ignored (their count without ``weight``), not by the batch size.
    ``label_smoothing=eps`` mixes in ``eps / C`` times the (weighted) sum of ``-log_softmax``
    over all classes, divided by the same denominator. With probabilities, sample ``i``
    costs ``-sum_c w[c] * q[i, c] * log_softmax(input)[i, c]`` with
    ``q = (1 - eps) * target + eps / C``, and ``"mean"`` divides by the number of samples
    whatever the weights.

    Args:
        input: float32 or float64 logits of shape ``(C,)``, ``(N, C)`` or
            ``(N, C, d1, ...)``.
        target: class indices of shape ``()``, ``(N,)`` or ``(N, d1, ...)`` (int64, or
            uint8 for an input of at most 2 dimensions), or float32/float64 class
            probabilities of the shape of ``input``.
        weight: a rescaling weight per class, shape ``(C,)``, dtype of ``input``.
        ignore_index: a class index whose targets cost nothing (indices only), within
            int64. With uint8 indices torch's smoothing term compares it in uint8, where
            it wraps round (258 ignores class 2 there); this reference does the same.
        reduction: ``"none"``, ``"mean"`` or ``"sum"``.
        label_smoothing: ``eps`` in ``[0, 1]``: a real number or a 0-d real tensor that
            does not require grad, as torch takes it.

    Returns:
        The loss: a 0-d tensor, or one value per sample with ``reduction="none"``.

    Raises:
        TypeError: an argument is not a tensor of the dtypes above, ``ignore_index`` is
            not an int, ``reduction`` is not a str or ``label_smoothing`` is not a number.
        ValueError: shapes that do not fit, tensors on different devices, a class index
            out of range, ``ignore_index`` with probabilities or outside int64, an unknown
            ``reduction``, or ``label_smoothing`` outside ``[0, 1]``.

    Examples:
        >>> logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 3.0, 0.0]])
        >>> cross_entropy(logits, torch.tensor([0, 2]))
        tensor(1.6681)
        >>> cross_entropy(logits, torch.tensor([0, -100]))  # the ignored sample is not counted #zh: 被忽略的样本不计入
        tensor(0.2413)
        >>> w = torch.tensor([1.0, 1.0, 3.0])
        >>> cross_entropy(logits, torch.tensor([0, 2]), weight=w)  # (0.24 + 3 * 3.10) / (1 + 3) #zh: 即 (0.24 + 3 * 3.10) / (1 + 3)
        tensor(2.3815)
        >>> probs = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
        >>> cross_entropy(logits, probs)  # one-hot probabilities: the same as indices #zh: 独热概率：与类别索引相同
        tensor(1.6681)
    """
    check_float("cross_entropy", "input", input)
    dense("cross_entropy", "target", target)
    if input.dim() == 0:
        raise ValueError("cross_entropy(): input must have at least 1 dimension (the classes), got a 0-d tensor")
    check_same_device("cross_entropy", [("input", input), ("target", target)], message=DEVICE_OF_MESSAGE)
    class_dim = 0 if input.dim() == 1 else 1
    n_classes = input.size(class_dim)
    if not isinstance(reduction, str):
        raise TypeError(f"cross_entropy(): reduction must be a str, got {type(reduction).__name__}")
    if reduction not in _REDUCTIONS:
        raise ValueError(f"cross_entropy(): reduction must be 'none', 'mean' or 'sum', got {reduction!r}")
    eps = _fraction(label_smoothing)
    ignore_index = check_int_like("cross_entropy", "ignore_index", ignore_index)
    if not -(2**63) <= ignore_index < 2**63:
        raise ValueError(f"cross_entropy(): ignore_index must fit in int64 as in torch, got {ignore_index}")
    # eps / C; with no classes torch divides by 0 in floating point #zh: 即 eps / C；没有类别时 torch 按浮点数除以 0
    share = eps / n_classes if n_classes else math.inf
    w = None
    if weight is not None:
        check_float("cross_entropy", "weight", weight)
        check_same_device("cross_entropy", [("input", input), ("weight", weight)], message=DEVICE_OF_MESSAGE)
        if weight.dtype != input.dtype:
            raise TypeError(f"cross_entropy(): weight must have the dtype of input ({input.dtype}), got {weight.dtype}")
        if weight.shape != (n_classes,):
            raise ValueError(
                f"cross_entropy(): weight must have shape ({n_classes},), one value per class, "
                f"got {tuple(weight.shape)}"
            )
        # shaped to broadcast along the class dimension #zh: 调整形状，使它沿类别维广播
        w = weight.reshape([n_classes if d == class_dim else 1 for d in range(input.dim())])
    logp = log_softmax(input, class_dim)

    if target.shape == input.shape:  # class probabilities #zh: 类别概率
        if not target.dtype.is_floating_point:
            raise TypeError(
                f"cross_entropy(): a target of input's shape holds class probabilities and must "
                f"be float32 or float64, got {target.dtype}"
            )
        check_float("cross_entropy", "target", target)
        if ignore_index != -100:
            raise ValueError("cross_entropy(): ignore_index applies to class indices, not to class probabilities")
        q = target * (1 - eps) + share if eps > 0 else target
        terms = logp * q if w is None else logp * q * w
        if reduction == "none":
            return -terms.sum(class_dim)
        if reduction == "sum":
            return -terms.sum()
        if input.numel() == 0:  # no samples: the mean is 0 / 0 #zh: 没有样本：均值是 0 / 0
            return (-terms.sum()).fill_(math.nan)
        return -terms.sum() / (input.numel() // n_classes)

    expected = input.shape[:class_dim] + input.shape[class_dim + 1:]
    if target.shape != expected:
        raise ValueError(
            f"cross_entropy(): target must hold class indices of shape {tuple(expected)} or "
            f"probabilities of shape {tuple(input.shape)}, got shape {tuple(target.shape)}"
        )
    if target.dtype not in _TARGET_DTYPES:
        raise TypeError(f"cross_entropy(): class indices must be int64 or uint8 as in torch, got {target.dtype}")
    if target.dtype == torch.uint8 and input.dim() > 2:
        raise TypeError(
            f"cross_entropy(): class indices for a {input.dim()}-d input must be int64 as in "
            f"torch (uint8 only works up to 2-d), got torch.uint8"
        )
    if target.dtype == torch.uint8 and weight is not None and eps > 0:
        # torch gathers the class weights with the target there, and gather wants int32/int64
        raise TypeError(
            "cross_entropy(): uint8 class indices with weight and label_smoothing > 0 are "
            "refused by torch; pass int64 indices"
        )
    # compared in int64: a uint8 target would wrap ignore_index=258 round to 2
    #zh: 在 int64 中比较：uint8 的目标会把 ignore_index=258 回绕成 2
    kept = target.long() != ignore_index
    if not target.is_meta and kept.any():
        ids = target[kept]
        low, high = int(ids.min()), int(ids.max())
        if low < 0 or high >= n_classes:
            raise ValueError(
                f"cross_entropy(): class indices must lie in [0, {n_classes}) or equal "
                f"ignore_index={ignore_index}, got values in [{low}, {high}]"
            )
    # ignored positions read class 0, then count for nothing #zh: 被忽略的位置读取类别 0，随后不计入
    safe = torch.where(kept, target, 0).long()
    zero = torch.zeros((), dtype=input.dtype, device=input.device)
    if n_classes == 0:  # every target is ignored (checked above): there is no class 0 to read
        picked = zero.expand(target.shape)
        class_weight = 1
    else:
        picked = logp.gather(class_dim, safe.unsqueeze(class_dim)).squeeze(class_dim)
        class_weight = weight[safe] if weight is not None else 1
    sample_weight = torch.where(kept, class_weight, zero).to(input.dtype)
    nll = torch.where(kept, -picked * sample_weight, zero)
    if eps > 0:
        smooth = -(logp if w is None else logp * w).sum(class_dim)
        # torch masks this term with target != ignore_index in the target's own dtype, so
        # for uint8 indices ignore_index wraps round here (258 ignores class 2) and only here
        #zh: torch 用目标自身数据类型中的 target != ignore_index 屏蔽这一项，所以对 uint8 索引，
        #zh: ignore_index 只在这里回绕（258 会忽略类别 2）
        smooth_kept = target != ignore_index
        smooth = torch.where(smooth_kept, smooth, zero)
    if reduction == "none":
        return nll if eps == 0 else (1 - eps) * nll + share * smooth
    # "mean" divides by the weights of the counted targets, not by N #zh: "mean" 除以被计入目标的权重之和，而不是 N
    total = sample_weight.sum() if reduction == "mean" else 1
    loss = nll.sum() / total
    if eps > 0:
        # without weight, "mean" divides this term by the count of its own mask
        #zh: 没有 weight 时，"mean" 用这一项自己的掩码计数作除数
        smooth_total = smooth_kept.sum().to(input.dtype) if reduction == "mean" and weight is None else total
        loss = (1 - eps) * loss + share * (smooth.sum() / smooth_total)
    return loss


def kl_div(
    input: torch.Tensor,
    target: torch.Tensor,
    reduction: str = "mean",
    log_target: bool = False,
) -> torch.Tensor:
    """Reference ``torch.nn.functional.kl_div``: ``target * (log(target) - input)``, summed.

    ``input`` is the **log**-probability of the model's distribution ``Q``; ``target`` is
    the distribution ``P`` to match, as probabilities (or log-probabilities with
    ``log_target=True``). The pointwise terms are ``xlogy(p, p) - p * input`` (``0 * log 0``
    counts as 0) or ``exp(t) * (t - input)``; their sum over a distribution is
    ``KL(P || Q)``, the divergence *from* the target. ``"batchmean"`` divides the sum by
    ``input.size(0)``, which is the KL divergence per sample; ``"mean"`` divides by the
    number of elements, which also divides by the number of classes.

    Args:
        input: float32 or float64 log-probabilities.
        target: float32 or float64 probabilities (log-probabilities with ``log_target``),
            broadcastable with ``input``.
        reduction: ``"none"``, ``"batchmean"``, ``"sum"`` or ``"mean"``.
        log_target: whether ``target`` holds log-probabilities.

    Returns:
        A 0-d tensor, or the pointwise terms (broadcast shape) with ``reduction="none"``.

    Raises:
        TypeError: ``input`` or ``target`` is not a float32/float64 tensor, ``reduction``
            is not a str or ``log_target`` is not a bool.
        ValueError: the shapes do not broadcast, the tensors are on different devices, or
            ``reduction`` is unknown.

    Examples:
        >>> p = torch.tensor([[0.5, 0.5]])
        >>> q = torch.tensor([[0.9, 0.1]])
        >>> kl_div(q.log(), p, reduction="batchmean")  # KL(p || q) #zh: 即 KL(p || q)
        tensor(0.5108)
        >>> kl_div(p.log(), q, reduction="batchmean")  # KL(q || p): not symmetric #zh: KL(q || p)：不对称
        tensor(0.3681)
        >>> kl_div(q.log(), p, reduction="mean")  # also divided by the 2 classes #zh: 还除以了 2 个类别
        tensor(0.2554)
    """
    check_float("kl_div", "input", input)
    check_float("kl_div", "target", target)
    check_same_device("kl_div", [("input", input), ("target", target)], message=DEVICE_OF_MESSAGE)
    if not isinstance(reduction, str):
        raise TypeError(f"kl_div(): reduction must be a str, got {type(reduction).__name__}")
    if reduction not in ("none", "batchmean", "sum", "mean"):
        raise ValueError(f"kl_div(): reduction must be 'none', 'batchmean', 'sum' or 'mean', got {reduction!r}")
    check_bool("kl_div", "log_target", log_target)
    check_broadcast("kl_div", [("input", input), ("target", target)], message=BROADCAST_WITH_MESSAGE)
    if log_target:
        terms = torch.exp(target) * (target - input)
    else:
        terms = torch.xlogy(target, target) - target * input
    if reduction == "none":
        return terms
    if reduction == "mean":
        return terms.mean()
    total = terms.sum()
    if reduction == "batchmean" and input.dim() != 0:
        return total / input.size(0)
    return total


def _fraction(value: Any) -> float:
    """label_smoothing as torch reads it: a real number (NumPy's too) or a 0-d real tensor
    that does not require grad, never a bool."""
    if isinstance(value, torch.Tensor) and value.dim() == 0 and not value.is_meta:
        if value.dtype == torch.bool or value.is_complex():
            raise TypeError(f"cross_entropy(): label_smoothing must be a number, got a {value.dtype} tensor")
        if value.requires_grad:  # torch refuses it too: the gradient would be lost
            raise TypeError("cross_entropy(): label_smoothing must be a number, got a tensor that requires grad")
        value = value.item()
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"cross_entropy(): label_smoothing must be a number, got {type(value).__name__}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"cross_entropy(): label_smoothing must be in [0, 1], got {value}")
    return float(value)
