"""Quantization: the arithmetic behind ``torch.ao.quantization``, spelled out.

Eager-mode quantization (``quantize_dynamic``, ``QuantStub``/``DeQuantStub`` with
``prepare``/``convert``) is deprecated in favour of torchao, but what it computes is plain
arithmetic: an observer records the smallest and largest value it sees, turns them into a
``scale`` and a ``zero_point``, and a float ``x`` is stored as the integer
``clamp(round(x / scale) + zero_point, quant_min, quant_max)``. The helpers below compute
exactly the numbers torch stores; the tests prove them equal to the observers and to the
weights that ``quantize_dynamic`` packs.
"""

from __future__ import annotations

from typing import NamedTuple

import torch

from torchnotes._checks import check_bool, check_dense, check_tensor

# The two result records are plain named tuples, not helpers a reader calls with arguments.
__all__ = ["dynamic_quantize_linear_weight", "minmax_qparams"]

#: The integer range of each quantized dtype, full and with ``reduce_range`` (one bit less,
#: which the x86/fbgemm kernels use for activations to avoid overflow in their accumulators).
_RANGES = {
    torch.quint8: ((0, 255), (0, 127)),
    torch.qint8: ((-128, 127), (-64, 63)),
}
_EPS = torch.finfo(torch.float32).eps


class QParams(NamedTuple):
    """A scale and a zero point, as an observer's ``calculate_qparams()`` returns them."""

    scale: torch.Tensor
    zero_point: torch.Tensor


class QuantizedWeight(NamedTuple):
    """An int8 weight with its quantization parameters: ``weight ≈ (int_repr - zero_point) * scale``."""

    int_repr: torch.Tensor
    scale: torch.Tensor
    zero_point: torch.Tensor


def _float_tensor(fn: str, name: str, value: object) -> torch.Tensor:
    check_tensor(fn, name, value)
    check_dense(fn, name, value, message="{name} must be a dense tensor, got {kind}",
                quantized="{name} must be a float tensor, got the quantized dtype {dtype}")
    if not value.dtype.is_floating_point:
        raise TypeError(f"{fn}(): {name} must be a floating-point tensor, got {value.dtype}")
    if value.numel() == 0:
        raise ValueError(f"{fn}(): {name} must not be empty: an observer that saw nothing "
                         f"has no range, got shape {tuple(value.shape)}")
    # observers keep their min/max in float32; casting first is what they do
    x = value.detach().to(torch.float32)
    if not x.is_meta and not bool(torch.isfinite(x).all()):
        where = "" if bool(torch.isfinite(value).all()) else "inf or nan"
        got = where or f"a value beyond float32's range (observers cast {value.dtype} to float32)"
        raise ValueError(f"{fn}(): {name} must hold finite values only, got {got} "
                         "(torch would compute a nan or inf scale)")
    return x


def _qparams(lo: torch.Tensor, hi: torch.Tensor, qmin: int, qmax: int, symmetric: bool,
             unsigned: bool) -> QParams:
    # the range always contains 0, so that 0.0 (padding, ReLU output) is stored exactly
    lo = torch.clamp(lo, max=0.0)
    hi = torch.clamp(hi, min=0.0)
    eps = torch.tensor(_EPS, dtype=torch.float32, device=lo.device)
    if symmetric:
        scale = torch.maximum(torch.maximum(-lo, hi) / (float(qmax - qmin) / 2), eps)
        zero_point = torch.full(lo.shape, 128 if unsigned else 0, dtype=torch.int64, device=lo.device)
    else:
        scale = torch.maximum((hi - lo) / float(qmax - qmin), eps)
        zero_point = torch.clamp(qmin - torch.round(lo / scale).to(torch.int32), qmin, qmax)
    return QParams(scale.reshape(-1), zero_point.reshape(-1))


def minmax_qparams(
    x: torch.Tensor,
    dtype: torch.dtype = torch.quint8,
    symmetric: bool = False,
    reduce_range: bool = False,
) -> QParams:
    """Reference ``MinMaxObserver``: the scale and zero point it derives from what it saw.

    The observer keeps the smallest and largest value (in float32) and widens that range
    to include 0. Affine: ``scale = (max - min) / (quant_max - quant_min)`` and
    ``zero_point = quant_min - round(min / scale)``, so ``min`` and ``max`` land on the
    ends of the integer range. Symmetric: ``scale = max(|min|, max) / ((quant_max -
    quant_min) / 2)`` with ``zero_point`` 0 (``qint8``) or 128 (``quint8``). The scale is
    never below float32's eps. This is what ``QuantStub`` becomes after ``convert``: a
    ``Quantize`` module holding these two numbers.

    Args:
        x: the calibration data, a floating-point tensor of finite values (one batch;
            the observer's running min/max over several batches is their overall min/max).
        dtype: ``torch.quint8`` (activations, 0..255) or ``torch.qint8`` (weights, -128..127).
        symmetric: ``True`` for ``torch.per_tensor_symmetric``, ``False`` for
            ``torch.per_tensor_affine``.
        reduce_range: use one bit less (0..127 or -64..63), as the x86 default qconfig
            does for activations.

    Returns:
        ``QParams(scale, zero_point)``: a float32 tensor of shape ``(1,)`` and an integer
        tensor of shape ``(1,)`` (int32 for affine, int64 for symmetric, as the observer
        returns them), on the device of ``x``.

    Raises:
        TypeError: ``x`` is not a dense floating-point tensor, ``dtype`` is not
            ``torch.quint8`` or ``torch.qint8``, or ``symmetric``/``reduce_range`` is not
            a bool.
        ValueError: ``x`` is empty or holds inf or nan (in float32: a float64 value
            beyond float32's range counts), or ``symmetric`` and
            ``reduce_range`` are both set for ``torch.quint8`` (torch refuses that too).

    Examples:
        >>> x = torch.tensor([-1.0, 0.5, 3.0])
        >>> minmax_qparams(x)  # 4.0 spread over 255 steps; 0.0 sits on integer 64 #zh: 4.0 分成 255 份；0.0 对应整数 64
        QParams(scale=tensor([0.0157]), zero_point=tensor([64], dtype=torch.int32))
        >>> minmax_qparams(x, torch.qint8, symmetric=True)  # 3.0 over 127.5 steps #zh: 3.0 分成 127.5 份
        QParams(scale=tensor([0.0235]), zero_point=tensor([0]))
        >>> minmax_qparams(x, torch.quint8, symmetric=True).zero_point  # symmetric quint8: 0.0 sits on 128 #zh: 对称的 quint8：0.0 对应 128
        tensor([128])
        >>> minmax_qparams(torch.zeros(3)).scale  # never below float32's eps #zh: 不会小于 float32 的 eps
        tensor([1.1921e-07])
        >>> torch.ao.quantization.MinMaxObserver(
        ...     dtype=torch.quint8, qscheme=torch.per_tensor_symmetric, reduce_range=True
        ... )  # torch refuses symmetric + reduce_range for quint8 #zh: torch 不接受 quint8 同时使用对称和 reduce_range
        Traceback (most recent call last):
            ...
        NotImplementedError: Cannot reduce range for symmetric                                        quantization for quint8
    """
    fn = "minmax_qparams"
    x = _float_tensor(fn, "x", x)
    if not isinstance(dtype, torch.dtype) or dtype not in _RANGES:
        raise TypeError(f"{fn}(): dtype must be torch.quint8 or torch.qint8, got {dtype!r}")
    check_bool(fn, "symmetric", symmetric)
    check_bool(fn, "reduce_range", reduce_range)
    if symmetric and reduce_range and dtype == torch.quint8:
        raise ValueError(f"{fn}(): reduce_range=True needs symmetric=False for torch.quint8 "
                         "(MinMaxObserver refuses that combination too)")
    qmin, qmax = _RANGES[dtype][reduce_range]
    lo, hi = torch.aminmax(x)
    return _qparams(lo, hi, qmin, qmax, symmetric, dtype == torch.quint8)


def dynamic_quantize_linear_weight(weight: torch.Tensor, per_channel: bool = False) -> QuantizedWeight:
    """Reference of the int8 weight that ``quantize_dynamic`` packs into a quantized Linear.

    ``quantize_dynamic`` observes each ``nn.Linear`` weight with a symmetric ``qint8``
    min/max observer (per tensor by default; one scale per output row with
    ``per_channel_dynamic_qconfig``), so ``zero_point`` is 0 and ``scale = max|w| / 127.5``.
    Each weight becomes ``clamp(round(w * (1 / scale)), -128, 127)``, computed in float32
    (multiplying by the reciprocal, as torch does, not dividing: near a tie the two can
    round apart); ``round`` breaks exact ties to even. Only the weights are stored as integers: activations are quantized on the fly
    at every call, which is what *dynamic* means.

    Args:
        weight: a 2-d floating-point weight of shape ``(out_features, in_features)`` with
            finite values; it is cast to float32 first, as torch does.
        per_channel: one scale per output row (``True``) or one for the whole tensor.

    Returns:
        ``QuantizedWeight(int_repr, scale, zero_point)``: an int8 tensor shaped like
        ``weight``, a float64 ``scale`` and an int64 ``zero_point`` (0-d per tensor, shape
        ``(out_features,)`` per channel), all on the device of ``weight``. They equal
        ``qlinear.weight().int_repr()``, ``q_scale()``/``q_per_channel_scales()`` and the
        zero points of the packed weight.

    Raises:
        TypeError: ``weight`` is not a dense floating-point tensor, or ``per_channel`` is
            not a bool.
        ValueError: ``weight`` is not 2-d, is empty, or holds inf or nan (in float32: a
            float64 value beyond float32's range counts).

    Examples:
        >>> w = torch.tensor([[0.5, -1.0], [0.25, 2.0]])
        >>> q = dynamic_quantize_linear_weight(w)
        >>> q.int_repr  # 2.0 / (2.0 / 127.5) rounds to 128, clamped to 127 #zh: 2.0 / (2.0 / 127.5) 舍入为 128，截到 127
        tensor([[ 32, -64],
                [ 16, 127]], dtype=torch.int8)
        >>> q.scale, q.zero_point
        (tensor(0.0157, dtype=torch.float64), tensor(0))
        >>> dynamic_quantize_linear_weight(w, per_channel=True).scale  # one scale per row #zh: 每一行一个 scale
        tensor([0.0078, 0.0157], dtype=torch.float64)
    """
    fn = "dynamic_quantize_linear_weight"
    w = _float_tensor(fn, "weight", weight)
    if w.dim() != 2:
        raise ValueError(f"{fn}(): weight must be 2-d (out_features, in_features), "
                         f"got shape {tuple(weight.shape)}")
    check_bool(fn, "per_channel", per_channel)
    if per_channel:
        lo, hi = torch.aminmax(w, dim=1)
    else:
        lo, hi = torch.aminmax(w)
    scale, zero_point = _qparams(lo, hi, -128, 127, symmetric=True, unsigned=False)
    column = scale.reshape(-1, 1) if per_channel else scale
    # torch multiplies by the float32 reciprocal rather than dividing: at a tie such as
    # -127.5 the two differ in the last bit and round to different integers
    q = torch.clamp(torch.round(w * torch.reciprocal(column)), -128, 127).to(torch.int8)
    if not per_channel:
        scale, zero_point = scale.reshape(()), zero_point.reshape(())
    return QuantizedWeight(q, scale.to(torch.float64), zero_point)
