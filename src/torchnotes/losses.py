"""Losses: cross-entropy, KL divergence and the normal distribution, from their formulas.

Each reference implementation is built from ``log_softmax`` and plain tensor arithmetic,
so the page can show where every term of torch's result comes from: which weights divide
a mean, what label smoothing adds, which argument of ``kl_div`` is the logarithm. The
tests prove values and gradients equal to torch.
"""

from __future__ import annotations

import math
import numbers
from functools import partial
from typing import Any

import numpy as np
import torch

from torchnotes._checks import (
    BROADCAST_WITH_MESSAGE,
    DEVICE_OF_MESSAGE,
    FLOAT32_64,
    NOT_QUANTIZED_MESSAGE,
    STRIDED_MESSAGE,
    check_bool,
    check_broadcast,
    check_dense,
    check_floating,
    check_int_like,
    check_number,
    check_same_device,
)
from torchnotes.activations import log_softmax

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
    _float("cross_entropy", "input", input)
    _dense("cross_entropy", "target", target)
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
        _float("cross_entropy", "weight", weight)
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
        _float("cross_entropy", "target", target)
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
    _float("kl_div", "input", input)
    _float("kl_div", "target", target)
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


class Normal:
    """Reference ``torch.distributions.Normal``: density, distribution function, interval mass.

    ``Normal(loc, scale)`` is the normal (Gaussian) distribution with mean ``loc`` and
    **standard deviation** ``scale`` (not the variance). ``log_prob`` is the log of the
    density, which exceeds 0 wherever the density exceeds 1 (a narrow distribution near
    its mean); ``cdf`` uses ``erf``; ``prob_within(k)`` is the mass within ``k`` standard
    deviations of the mean, where the 68-95-99.7 rule comes from.

    Args:
        loc: the mean: a float, or a float32/float64 tensor.
        scale: the standard deviation, ``> 0``: a float or a tensor of ``loc``'s dtype.

    Raises:
        TypeError: ``loc`` or ``scale`` is not a real number or a float32/float64 tensor,
            or the two tensors have different dtypes.
        ValueError: ``scale`` is not positive, ``loc`` is NaN, a number is an int too
            large for a float, the shapes do not broadcast, or the tensors are on
            different devices.

    Examples:
        >>> n = Normal(0.0, 1.0)
        >>> n.log_prob(torch.tensor([0.0, 1.0]))
        tensor([-0.9189, -1.4189])
        >>> n.cdf(torch.tensor([0.0, 1.96]))
        tensor([0.5000, 0.9750])
        >>> n.prob_within(torch.tensor([1.0, 2.0, 3.0]))  # the 68-95-99.7 rule #zh: 68-95-99.7 法则
        tensor([0.6827, 0.9545, 0.9973])
    """

    def __init__(self, loc: float | torch.Tensor, scale: float | torch.Tensor) -> None:
        tensors = [v for v in (loc, scale) if isinstance(v, torch.Tensor)]
        for name, value in (("loc", loc), ("scale", scale)):
            if isinstance(value, torch.Tensor):
                _float("Normal", name, value)
            else:
                check_number("Normal", name, value, what="a real number or a tensor")
                _as_float("Normal", name, value)
        if len(tensors) == 2:
            if loc.dtype != scale.dtype:
                raise TypeError(f"Normal(): loc and scale must have the same dtype, got {loc.dtype} and {scale.dtype}")
            check_same_device("Normal", [("loc", loc), ("scale", scale)])
        # numbers take the dtype and device of the tensor argument, as in torch
        #zh: 数值参数采用张量参数的数据类型和设备，与 torch 一致
        like = tensors[-1] if tensors else torch.empty(0)
        loc_t, scale_t = (v if isinstance(v, torch.Tensor) else like.new_tensor(_as_float("Normal", n, v))
                          for n, v in (("loc", loc), ("scale", scale)))
        check_broadcast("Normal", [("scale", scale_t), ("loc", loc_t)], message=BROADCAST_WITH_MESSAGE)
        self.loc, self.scale = torch.broadcast_tensors(loc_t, scale_t)
        if not self.scale.is_meta:
            if not bool((self.scale > 0).all()):
                raise ValueError(f"Normal(): scale must be > 0 everywhere, got {self.scale}")
            if bool(self.loc.isnan().any()):
                raise ValueError(f"Normal(): loc must not be NaN, got {self.loc}")

    @property
    def mean(self) -> torch.Tensor:
        return self.loc

    @property
    def stddev(self) -> torch.Tensor:
        return self.scale

    @property
    def variance(self) -> torch.Tensor:
        return self.scale**2

    def log_prob(self, value: torch.Tensor) -> torch.Tensor:
        """Log density: ``-(value - loc)**2 / (2 * scale**2) - log(scale) - log(sqrt(2 * pi))``.

        Args:
            value: a real tensor broadcastable with ``loc``; NaN is refused, as torch
                refuses values outside the support.

        Returns:
            The log density at ``value``, broadcast with ``loc``.

        Raises:
            TypeError: ``value`` is not a float32, float64 or integer tensor (torch also
                refuses Python numbers).
            ValueError: ``value`` holds NaN, does not broadcast or is on another device.

        Examples:
            >>> Normal(0.0, 0.1).log_prob(torch.tensor(0.0))  # a density above 1 #zh: 密度大于 1
            tensor(1.3836)
        """
        value = self._value("log_prob", value)
        var = self.scale**2
        return -((value - self.loc) ** 2) / (2 * var) - self.scale.log() - math.log(math.sqrt(2 * math.pi))

    def cdf(self, value: torch.Tensor) -> torch.Tensor:
        """Distribution function: ``P(X <= value) = (1 + erf((value - loc) / (scale * sqrt(2)))) / 2``.

        Args:
            value: a real tensor broadcastable with ``loc``; NaN is refused.

        Returns:
            Probabilities in ``[0, 1]``, broadcast with ``loc``.

        Raises:
            TypeError: ``value`` is not a float32, float64 or integer tensor.
            ValueError: ``value`` holds NaN, does not broadcast or is on another device.

        Examples:
            >>> Normal(10.0, 2.0).cdf(torch.tensor([8.0, 10.0, 12.0]))
            tensor([0.1587, 0.5000, 0.8413])
        """
        value = self._value("cdf", value)
        return 0.5 * (1 + torch.erf((value - self.loc) * self.scale.reciprocal() / math.sqrt(2)))

    def prob_within(self, k: float | torch.Tensor) -> torch.Tensor:
        """``P(|X - loc| <= k * scale) = cdf(loc + k * scale) - cdf(loc - k * scale)``.

        For every normal distribution this is ``erf(k / sqrt(2))``, whatever ``loc`` and
        ``scale``: about 0.68, 0.95 and 0.997 for ``k = 1, 2, 3``.

        Args:
            k: how many standard deviations, ``>= 0``: a number or a real tensor.

        Returns:
            The probability mass of the interval, broadcast with ``loc``.

        Raises:
            TypeError: ``k`` is neither a real number nor a float32, float64 or integer
                tensor.
            ValueError: ``k`` is negative or NaN, an int too large for a float, or does
                not broadcast with ``loc``.

        Examples:
            >>> Normal(100.0, 15.0).prob_within(2.0)
            tensor(0.9545)
        """
        if isinstance(k, torch.Tensor):
            k = self._value("prob_within", k, name="k")
            if not k.is_floating_point():  # as arithmetic with loc promotes it; uint16 has no >=
                k = k.to(self.loc.dtype)
        else:
            check_number("prob_within", "k", k, what="a real number or tensor", kinds=numbers.Real)
            k = self.loc.new_tensor(_as_float("prob_within", "k", k))
        if not k.is_meta and not bool((k >= 0).all()):
            raise ValueError(f"prob_within(): k must be >= 0 (and not NaN), got {k}")
        return self.cdf(self.loc + k * self.scale) - self.cdf(self.loc - k * self.scale)

    def __repr__(self) -> str:
        return f"Normal(loc: {self.loc}, scale: {self.scale})"

    def _value(self, fn: str, value: Any, name: str = "value") -> torch.Tensor:
        if not isinstance(value, torch.Tensor):
            raise TypeError(f"{fn}(): {name} must be a torch.Tensor as in torch, got {type(value).__name__}")
        _dense(fn, name, value)
        if value.is_complex() or value.dtype == torch.bool:
            raise TypeError(f"{fn}(): {name} must be a real tensor, got {value.dtype}")
        if value.dtype in (torch.float16, torch.bfloat16):
            raise TypeError(f"{fn}(): this reference does not follow torch on {value.dtype}; got {name} of that dtype")
        if value.dtype not in _VALUE_DTYPES:  # float8, sub-byte and bits dtypes: torch has no kernels
            raise TypeError(f"{fn}(): {name} must be a float32, float64 or integer tensor, got {value.dtype}")
        check_same_device(fn, [("loc", self.loc), (name, value)], message=DEVICE_OF_MESSAGE)
        check_broadcast(fn, [("loc", self.loc), (name, value)], message=BROADCAST_WITH_MESSAGE)
        if not value.is_meta and value.is_floating_point() and bool(value.isnan().any()):
            raise ValueError(f"{fn}(): {name} must not be NaN (outside the support of a normal distribution)")
        return value


#: A tensor with values in strided memory: sparse, nested and quantized tensors are refused.
_dense = partial(check_dense, message=STRIDED_MESSAGE, quantized=NOT_QUANTIZED_MESSAGE)


def _float(fn: str, name: str, value: Any) -> torch.Tensor:
    """A dense float32/float64 tensor: the dtypes these references follow torch on."""
    _dense(fn, name, value)
    return check_floating(
        fn, name, value, dtypes=FLOAT32_64,
        message="{name} must be a float32 or float64 tensor (this reference does not follow "
        "torch on other dtypes), got {dtype}",
    )


#: What ``Normal``'s methods take as values: integers promote to ``loc``'s dtype, as in torch.
_VALUE_DTYPES = FLOAT32_64 + (
    torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.uint16, torch.uint32, torch.uint64,
)


def _as_float(fn: str, name: str, value: int | float) -> float:
    """A checked real number as a float; an int beyond float's range is refused, not an OverflowError."""
    try:
        return float(value)
    except OverflowError:
        raise ValueError(f"{fn}(): {name} must fit in a float, got an int of {int(value).bit_length()} bits") from None


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
