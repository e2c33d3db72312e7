"""Normalization layers: what ``nn.BatchNorm1d``, ``nn.InstanceNorm2d`` and ``nn.LayerNorm``
average over, and which statistics each uses in training and in evaluation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from torchnotes._checks import check_bool, check_int_like
from torchnotes.layers._common import (
    check_float,
    check_ndim,
    check_optional_float,
    check_real,
)


def _check_per_channel(fn: str, name: str, value: Any, input: torch.Tensor, c: int) -> None:
    check_optional_float(fn, name, value, input)
    if value is not None and tuple(value.shape) != (c,):
        raise ValueError(f"{fn}(): {name} must have shape ({c},), got {tuple(value.shape)}")


def _momentum(fn: str, momentum: Any) -> float:
    m = check_real(fn, "momentum", momentum)
    if not 0.0 <= m <= 1.0:
        raise ValueError(f"{fn}(): momentum must be in [0, 1], got {momentum!r}")
    return m


def _affine(out: torch.Tensor, weight, bias, shape: tuple[int, ...]) -> torch.Tensor:
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def _biased_var(x: torch.Tensor, dims, keepdim: bool = False) -> torch.Tensor:
    # the mean squared deviation (divided by n, as the normalization uses it); written out
    # because Tensor.var warns about an empty reduction where torch's norms stay silent
    mean = x.mean(dims, keepdim=True)
    return ((x - mean) ** 2).mean(dims, keepdim=keepdim)


def _update(fn: str, running: torch.Tensor | None, stat: torch.Tensor, momentum: float) -> None:
    if running is not None:
        with torch.no_grad():
            try:
                running.mul_(1 - momentum).add_(stat.detach() * momentum)
            except RuntimeError as error:  # e.g. an expanded buffer, whose elements share memory
                raise ValueError(f"{fn}(): the running statistics cannot be updated in place: {error}") from None


def batchnorm1d(
    input: torch.Tensor,
    running_mean: torch.Tensor | None,
    running_var: torch.Tensor | None,
    weight: torch.Tensor | None = None,
    bias: torch.Tensor | None = None,
    training: bool = False,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> torch.Tensor:
    """Reference ``F.batch_norm`` for ``nn.BatchNorm1d``: normalize each channel over the batch.

    In training each channel ``c`` is normalized with the mean and biased variance of all
    its values in the batch (over ``N``, and ``L`` for a 3-d input), and the running
    statistics move towards the batch's: ``running = (1 - momentum) * running + momentum *
    batch`` where the variance is the unbiased one (divided by ``n - 1``). In evaluation
    only ``running_mean`` and ``running_var`` are used, so the output of a sample no longer
    depends on the rest of the batch. ``weight`` (gamma) and ``bias`` (beta) are the
    learnable parameters; the running statistics are buffers, updated here in place.

    Args:
        input: float32/float64, ``(N, C)`` or ``(N, C, L)``.
        running_mean: ``(C,)`` buffer, or ``None`` (``track_running_stats=False``; only
            allowed in training).
        running_var: ``(C,)`` buffer, or ``None`` together with ``running_mean``.
        weight: ``None`` or ``(C,)``, gamma.
        bias: ``None`` or ``(C,)``, beta.
        training: use (and update) batch statistics, or use the running ones.
        momentum: weight of the new batch in the running statistics, in ``[0, 1]``
            (``nn.BatchNorm1d``'s ``momentum=None``, a cumulative average, is not supported).
        eps: added to the variance before the square root, ``> 0``.

    Returns:
        The normalized tensor, with ``input``'s shape, dtype and device.

    Raises:
        TypeError: a tensor is not float32/float64 and strided, dtypes differ, ``training``
            is not a bool, or ``momentum``/``eps`` is not a real number.
        ValueError: ``input`` is not 2-d or 3-d, a per-channel tensor has the wrong shape or
            device, only one running statistic is given, the running statistics are missing
            in evaluation, a channel has a single value in training, ``momentum``/``eps``
            is out of range, or a running statistic cannot be updated in place.

    Examples:
        >>> bn = torch.nn.BatchNorm1d(2)
        >>> x = torch.tensor([[1.0, 10.0], [3.0, 30.0], [5.0, 20.0]])
        >>> mean, var = torch.zeros(2), torch.ones(2)
        >>> out = batchnorm1d(x, mean, var, bn.weight, bn.bias, training=True)
        >>> torch.allclose(out, bn(x), atol=1e-6)
        True
        >>> mean, bn.running_mean  # moved 10% of the way to the batch mean #zh: 向批次均值移动了 10%
        (tensor([0.3000, 2.0000]), tensor([0.3000, 2.0000]))
        >>> var  # 0.9 * 1 + 0.1 * (unbiased batch variance 4 and 100) #zh: 0.9 * 1 + 0.1 *（批次的无偏方差 4 和 100）
        tensor([ 1.3000, 10.9000])
    """
    fn = "batchnorm1d"
    check_float(fn, "input", input)
    check_ndim(fn, "input", input, (2, 3), "2-d (N, C) or 3-d (N, C, L)")
    c = input.shape[1]
    for name, value in (("running_mean", running_mean), ("running_var", running_var),
                        ("weight", weight), ("bias", bias)):
        _check_per_channel(fn, name, value, input, c)
    check_bool(fn, "training", training)
    momentum = _momentum(fn, momentum)
    eps = check_real(fn, "eps", eps, positive=True)
    if (running_mean is None) != (running_var is None):
        raise ValueError(f"{fn}(): give both running_mean and running_var, or neither")
    dims = [0] if input.dim() == 2 else [0, 2]
    shape = (1, c) if input.dim() == 2 else (1, c, 1)
    if training:
        n = input.numel() // max(c, 1)
        if n == 1:
            raise ValueError(
                f"{fn}(): expected more than 1 value per channel when training, got input "
                f"of shape {tuple(input.shape)}"
            )
        if n == 0:  # an empty batch: torch returns it and leaves the running statistics
            mean, var = input.new_zeros(c), input.new_ones(c)
        else:
            mean = input.mean(dims)
            var = _biased_var(input, dims)
            _update(fn, running_mean, mean, momentum)
            # the running variance estimates the population's: the unbiased batch variance
            _update(fn, running_var, var * (n / (n - 1)), momentum)
    else:
        if running_mean is None:
            raise ValueError(f"{fn}(): evaluation (training=False) needs running_mean and running_var")
        mean, var = running_mean, running_var
    out = (input - mean.reshape(shape)) / torch.sqrt(var.reshape(shape) + eps)
    return _affine(out, weight, bias, shape)


def instance_norm2d(
    input: torch.Tensor,
    running_mean: torch.Tensor | None = None,
    running_var: torch.Tensor | None = None,
    weight: torch.Tensor | None = None,
    bias: torch.Tensor | None = None,
    use_input_stats: bool = True,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> torch.Tensor:
    """Reference ``F.instance_norm`` for ``nn.InstanceNorm2d``: each ``H x W`` map on its own.

    Every ``(sample, channel)`` map is normalized with its own mean and biased variance,
    so, unlike batch normalization, nothing is shared across the batch. ``nn.InstanceNorm2d``
    by default has no ``weight``/``bias`` (``affine=False``) and no running statistics
    (``track_running_stats=False``), so it computes the same thing in training and in
    evaluation. With running statistics, they move towards the batch average of the
    per-map means and unbiased variances, and ``use_input_stats=False`` uses them instead.

    Args:
        input: float32/float64, ``(N, C, H, W)`` or unbatched ``(C, H, W)``.
        running_mean: ``None`` or a ``(C,)`` buffer.
        running_var: ``None`` or a ``(C,)`` buffer, given with ``running_mean``.
        weight: ``None`` or ``(C,)`` (``affine=True``).
        bias: ``None`` or ``(C,)``.
        use_input_stats: normalize with each map's own statistics (``True``) or with the
            running ones.
        momentum: weight of the new batch in the running statistics, in ``[0, 1]``.
        eps: added to the variance, ``> 0``.

    Returns:
        The normalized tensor, with ``input``'s shape, dtype and device.

    Raises:
        TypeError: a tensor is not float32/float64 and strided, dtypes differ, the flag is
            not a bool, or ``momentum``/``eps`` is not a real number.
        ValueError: ``input`` is not 3-d or 4-d, a per-channel tensor has the wrong shape or
            device, only one running statistic is given, running statistics are missing
            with ``use_input_stats=False``, a map has a single value, ``momentum``/``eps``
            is out of range, or a running statistic cannot be updated in place.

    Examples:
        >>> norm = torch.nn.InstanceNorm2d(3)
        >>> list(norm.parameters()), norm.running_mean  # no parameters, no buffers #zh: 没有参数，也没有缓冲区
        ([], None)
        >>> x = torch.arange(24.0).reshape(1, 3, 2, 4)
        >>> out = instance_norm2d(x)
        >>> torch.allclose(out, norm(x), atol=1e-6), out.mean(dim=(2, 3)).abs().max() < 1e-6  # every map centred #zh: 每张特征图都被中心化
        (True, tensor(True))
        >>> tracked = torch.nn.InstanceNorm2d(3, track_running_stats=True)
        >>> mean, var = torch.zeros(3), torch.ones(3)
        >>> _ = instance_norm2d(x, mean, var)
        >>> _ = tracked(x)
        >>> torch.allclose(mean, tracked.running_mean), torch.allclose(var, tracked.running_var)
        (True, True)
        >>> out = instance_norm2d(x, mean, var, use_input_stats=False)  # normalize with them #zh: 改用运行统计量归一化
        >>> torch.allclose(out, tracked.eval()(x), atol=1e-6)
        True
    """
    fn = "instance_norm2d"
    check_float(fn, "input", input)
    check_ndim(fn, "input", input, (3, 4), "4-d (N, C, H, W) or 3-d (C, H, W)")
    x = input if input.dim() == 4 else input.unsqueeze(0)
    n, c = x.shape[:2]
    for name, value in (("running_mean", running_mean), ("running_var", running_var),
                        ("weight", weight), ("bias", bias)):
        _check_per_channel(fn, name, value, input, c)
    check_bool(fn, "use_input_stats", use_input_stats)
    momentum = _momentum(fn, momentum)
    eps = check_real(fn, "eps", eps, positive=True)
    if (running_mean is None) != (running_var is None):
        raise ValueError(f"{fn}(): give both running_mean and running_var, or neither")
    shape = (1, c, 1, 1)
    if use_input_stats:
        m = x.shape[2] * x.shape[3]
        if m <= 1 and x.numel():
            raise ValueError(
                f"{fn}(): expected more than 1 spatial element per map, got input of shape "
                f"{tuple(input.shape)}"
            )
        mean = x.mean((2, 3), keepdim=True)
        var = _biased_var(x, (2, 3), keepdim=True)
        if m or not n:  # empty maps leave the running statistics as torch does (an empty batch makes them NaN)
            _update(fn, running_mean, mean.mean((0, 2, 3)), momentum)
            _update(fn, running_var, (var * (m / (m - 1))).mean((0, 2, 3)), momentum)
    else:
        if running_mean is None:
            raise ValueError(f"{fn}(): use_input_stats=False needs running_mean and running_var")
        mean, var = running_mean.reshape(shape), running_var.reshape(shape)
    out = _affine((x - mean) / torch.sqrt(var + eps), weight, bias, shape)
    return out if input.dim() == 4 else out.squeeze(0)


def layer_norm(
    input: torch.Tensor,
    normalized_shape: int | Sequence[int],
    weight: torch.Tensor | None = None,
    bias: torch.Tensor | None = None,
    eps: float = 1e-5,
) -> torch.Tensor:
    """Reference ``F.layer_norm``: normalize each sample over its last dimensions.

    The mean and biased variance are taken over the last ``len(normalized_shape)``
    dimensions, separately for every leading index (each token of each sequence, say), so
    the batch plays no part and training and evaluation compute the same thing. ``weight``
    and ``bias`` have the shape ``normalized_shape``: one scale and shift per element, not
    per sample.

    Args:
        input: float32/float64 whose trailing dimensions equal ``normalized_shape``.
        normalized_shape: an int or a sequence of ints, the trailing shape normalized over.
        weight: ``None`` or a tensor of shape ``normalized_shape``.
        bias: ``None`` or a tensor of shape ``normalized_shape``.
        eps: added to the variance, ``> 0``.

    Returns:
        The normalized tensor, with ``input``'s shape, dtype and device.

    Raises:
        TypeError: a tensor is not float32/float64 and strided, dtypes differ,
            ``normalized_shape`` is not an int or a sequence of ints, or ``eps`` is not a
            real number.
        ValueError: ``input``'s trailing shape is not ``normalized_shape``, ``weight`` or
            ``bias`` has another shape or device, or ``eps`` is not positive.

    Examples:
        >>> ln = torch.nn.LayerNorm(3)
        >>> x = torch.tensor([[1.0, 2.0, 3.0], [10.0, 20.0, 60.0]])
        >>> out = layer_norm(x, 3, ln.weight, ln.bias)
        >>> torch.allclose(out, ln(x), atol=1e-6), ln.weight.shape  # one gamma per feature #zh: 每个特征一个 gamma
        (True, torch.Size([3]))
        >>> torch.equal(layer_norm(x[:1], 3), layer_norm(x, 3)[:1])  # the batch plays no part #zh: 与批次中的其他样本无关
        True
    """
    fn = "layer_norm"
    check_float(fn, "input", input)
    if isinstance(normalized_shape, (tuple, list, torch.Size)):
        shape = tuple(check_int_like(fn, "normalized_shape", s, minimum=0) for s in normalized_shape)
    else:
        shape = (check_int_like(fn, "normalized_shape", normalized_shape, minimum=0),)
    if not shape:
        raise ValueError(f"{fn}(): normalized_shape must name at least one dimension, got ()")
    k = len(shape)
    if input.dim() < k or tuple(input.shape[-k:]) != shape:
        raise ValueError(
            f"{fn}(): input's trailing shape must be normalized_shape {shape}, got input of "
            f"shape {tuple(input.shape)}"
        )
    for name, value in (("weight", weight), ("bias", bias)):
        check_optional_float(fn, name, value, input)
        if value is not None and tuple(value.shape) != shape:
            raise ValueError(f"{fn}(): {name} must have shape {shape}, got {tuple(value.shape)}")
    eps = check_real(fn, "eps", eps, positive=True)
    dims = tuple(range(-k, 0))
    mean = input.mean(dims, keepdim=True)
    var = _biased_var(input, dims, keepdim=True)
    out = (input - mean) / torch.sqrt(var + eps)
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out
