"""The normal distribution: density, distribution function and interval mass."""

from __future__ import annotations

import math
import numbers
from typing import Any

import torch

from torchnotes._checks import (
    BROADCAST_WITH_MESSAGE,
    DEVICE_OF_MESSAGE,
    FLOAT32_64,
    check_broadcast,
    check_number,
    check_same_device,
)
from torchnotes.losses._args import dense, check_float


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
                check_float("Normal", name, value)
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
        dense(fn, name, value)
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
