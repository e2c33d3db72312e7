"""A custom ``torch.autograd.Function``: softplus with a hand-written backward."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np
import torch
from torch.autograd.function import once_differentiable

from torchnotes._checks import check_bool, check_tensor

_DTYPES = (torch.float32, torch.float64)


def _slope(x: torch.Tensor, beta: float, threshold: float) -> torch.Tensor:
    # d softplus / dx = sigmoid(beta * x), written z / (z + 1) as torch's kernel does;
    # above the threshold the function is the identity and the slope is exactly 1
    above = x * beta > threshold
    # exp of the unused branch can overflow, and inf / inf would turn its zero gradient
    # into NaN; feed that branch 0 instead
    z = torch.exp(torch.where(above, torch.zeros_like(x), x) * beta)
    sigmoid = z / (z + 1)
    # torch's second derivative is 0 from the threshold on (>=), while the slope itself
    # switches to 1 only above it (>): exactly at the threshold the slope is sigmoid's
    # value but has no derivative of its own
    sigmoid = torch.where(x * beta == threshold, sigmoid.detach(), sigmoid)
    return torch.where(above, torch.ones_like(x), sigmoid)


class _Softplus(torch.autograd.Function):
    """``log(1 + exp(beta * x)) / beta`` whose backward is itself differentiable."""

    @staticmethod
    def forward(x: torch.Tensor, beta: float, threshold: float) -> torch.Tensor:
        # forward runs with recording off: no graph is built in here
        return torch.where(x * beta > threshold, x, torch.log1p(torch.exp(x * beta)) / beta)

    @staticmethod
    def setup_context(ctx: Any, inputs: tuple, output: torch.Tensor) -> None:
        x, beta, threshold = inputs
        ctx.save_for_backward(x)  # checked against in-place changes when backward reads it
        ctx.beta, ctx.threshold = beta, threshold  # plain numbers go on ctx directly

    @staticmethod
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor | None, None, None]:
        (x,) = ctx.saved_tensors
        # torch ops on saved tensors: with create_graph=True autograd records this too,
        # which is what makes second derivatives work; beta and threshold get no gradient
        return grad * _slope(x, ctx.beta, ctx.threshold), None, None


class _SoftplusOnce(_Softplus):
    """The same function, but its backward may only be differentiated once."""

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor | None, None, None]:
        (x,) = ctx.saved_tensors
        return grad * _slope(x, ctx.beta, ctx.threshold), None, None


def _real(name: str, value: Any) -> float:
    # torch takes any real number here, a bool included (True is 1, NumPy's too), and a 0-d
    # tensor that does not require grad
    if isinstance(value, torch.Tensor) and value.dim() == 0 and not value.is_complex() and not value.is_meta:
        if value.requires_grad:  # torch refuses it: beta and threshold get no gradient
            raise TypeError(f"softplus(): {name} must be a real number, got a tensor that requires grad")
        return float(value.item())
    if isinstance(value, np.bool_):
        value = bool(value)
    if not isinstance(value, numbers.Real):
        raise TypeError(f"softplus(): {name} must be a real number, got {type(value).__name__}")
    try:
        return float(value)
    except OverflowError:  # torch raises OverflowError from deep inside
        raise ValueError(f"softplus(): {name} must fit in a float, got an int of {int(value).bit_length()} bits") from None


def softplus(
    input: torch.Tensor,
    beta: float = 1.0,
    threshold: float = 20.0,
    *,
    double_backward: bool = True,
) -> torch.Tensor:
    """Reference ``torch.nn.functional.softplus`` written as a custom ``autograd.Function``.

    ``softplus(x) = log(1 + exp(beta * x)) / beta``, and ``x`` itself where
    ``beta * x > threshold``. The class behind it follows the modern pattern: a
    ``forward`` without ``ctx``, a ``setup_context`` that saves the input with
    ``ctx.save_for_backward`` and keeps ``beta``/``threshold`` on ``ctx``, and a
    ``backward`` that multiplies the incoming gradient by the slope ``sigmoid(beta * x)``
    and returns one gradient per ``forward`` argument (``None`` for the numbers). The
    backward is written with torch ops, so with ``create_graph=True`` autograd records it
    and second derivatives work; ``double_backward=False`` uses the same backward marked
    ``@once_differentiable``, whose second derivative raises.

    Args:
        input: a float32 or float64 tensor (the dtypes the reference is proven on).
        beta: the sharpness; any real number or 0-d real tensor, as in torch.
        threshold: above ``beta * x > threshold`` the result is ``x`` itself.
        double_backward: whether the backward may be differentiated again.

    Returns:
        A tensor like ``input`` whose ``grad_fn`` is the custom Function's node
        (``_SoftplusBackward`` or ``_SoftplusOnceBackward``) when ``input`` requires grad.

    Raises:
        TypeError: ``input`` is not a strided float32/float64 tensor, ``beta`` or
            ``threshold`` is not a real number (or is a tensor that requires grad, as
            torch refuses), or ``double_backward`` is not a bool.
        ValueError: ``beta`` or ``threshold`` is an int too large for a float.

    Examples:
        >>> x = torch.tensor([-1.0, 0.0, 30.0], requires_grad=True)
        >>> y = softplus(x)
        >>> y
        tensor([ 0.3133,  0.6931, 30.0000], grad_fn=<_SoftplusBackward>)
        >>> y.sum().backward()
        >>> x.grad  # sigmoid(x); exactly 1 above the threshold #zh: 即 sigmoid(x)；超过阈值时正好是 1
        tensor([0.2689, 0.5000, 1.0000])
    """
    check_tensor("softplus", "input", input)
    if input.layout != torch.strided or input.is_nested or input.dtype not in _DTYPES:
        raise TypeError(
            f"softplus(): input must be a strided float32 or float64 tensor (the dtypes this "
            f"reference is proven on), got {input.dtype} with layout {input.layout}"
            + (" (nested)" if input.is_nested else "")
        )
    beta = _real("beta", beta)
    threshold = _real("threshold", threshold)
    check_bool("softplus", "double_backward", double_backward)
    function = _Softplus if double_backward else _SoftplusOnce
    return function.apply(input, beta, threshold)
