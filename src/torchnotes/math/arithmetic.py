"""Broadcasting arithmetic: ``broadcast_shape`` and ``div`` with its rounding modes."""

from __future__ import annotations

import torch

from torchnotes.math import _args

__all__ = ["broadcast_shape", "div"]


def broadcast_shape(*shapes: int | tuple[int, ...]) -> tuple[int, ...]:
    """The shape that broadcasting gives, as ``torch.broadcast_shapes`` computes it.

    Shapes are aligned at their last dimension and missing leading dimensions count as 1.
    In each position the sizes must agree once the 1s are set aside: a size-1 dimension
    stretches to the other size (even to 0); two different sizes, neither 1, are an error.
    A bare int ``n`` is the shape ``(n,)``, as in torch.

    Args:
        shapes: any number of shapes (tuples, lists or ``torch.Size`` of sizes ``>= 0``, or
            single ints); sizes may be NumPy integers.

    Returns:
        The broadcast shape as a tuple; ``()`` when no shape is given.

    Raises:
        TypeError: a shape is not a sequence of ints, or a size is a bool.
        ValueError: a size is negative, or two shapes have different sizes, neither 1, in
            the same position.

    Examples:
        >>> broadcast_shape((3, 1), (4,))
        (3, 4)
        >>> broadcast_shape((2, 1, 5), (3, 1), (5,))
        (2, 3, 5)
        >>> broadcast_shape((2, 3), (3, 2))
        Traceback (most recent call last):
            ...
        ValueError: broadcast_shape(): shapes (2, 3) and (3, 2) do not broadcast: size 2 vs 3 in dimension -2
    """
    checked = []
    for i, shape in enumerate(shapes):
        if isinstance(shape, (tuple, list, torch.Size)):
            sizes = tuple(_args.index("broadcast_shape", f"shapes[{i}] entries", n) for n in shape)
        elif isinstance(shape, (str, bytes)):
            raise TypeError(
                f"broadcast_shape(): shapes[{i}] must be a tuple of ints, got {type(shape).__name__}"
            )
        else:
            sizes = (_args.index("broadcast_shape", f"shapes[{i}]", shape),)
        if any(n < 0 for n in sizes):
            raise ValueError(f"broadcast_shape(): shapes[{i}] must hold sizes >= 0, got {sizes}")
        checked.append(sizes)
    out = []
    for back in range(max((len(s) for s in checked), default=0), 0, -1):
        size, owner = 1, None  # the first shape with a size other than 1 here sets it
        for shape in checked:
            if len(shape) < back or shape[-back] == 1:
                continue
            if owner is not None and shape[-back] != size:
                raise ValueError(
                    f"broadcast_shape(): shapes {owner} and {shape} do not broadcast: size "
                    f"{size} vs {shape[-back]} in dimension {-back}"
                )
            size, owner = shape[-back], shape
        out.append(size)
    return tuple(out)


def div(a: torch.Tensor, b: torch.Tensor, rounding_mode: str | None = None) -> torch.Tensor:
    """Reference ``torch.div`` with its three rounding modes.

    * ``None``: true division, always floating point (``7 / 2 = 3.5`` even for ints);
    * ``"trunc"``: round toward zero, like C (``-7 / 2 -> -3``);
    * ``"floor"``: round toward minus infinity, like Python's ``//`` (``-7 // 2 -> -4``).

    Float floor division is computed as torch does, from ``fmod``: ``floor(a / b)`` can be
    off by one when ``a / b`` rounds up to a whole number. Integer division by zero raises a
    ``ValueError`` on every device; torch raises a ``RuntimeError`` there on the CPU.

    Args:
        a: dividend tensor.
        b: divisor tensor (broadcastable with ``a``).
        rounding_mode: ``None``, ``"trunc"`` or ``"floor"``.

    Returns:
        A tensor of the broadcast shape. With ``None`` it is floating point or complex (the
        default dtype for two integer or bool inputs); otherwise it has the dtype that
        ``a + b`` would have.

    Raises:
        TypeError: non-tensor or non-dense (sparse, nested, quantized) arguments, a
            ``rounding_mode`` that is not a str, or a rounding mode with a dtype it is not
            defined for here: complex and ``bool`` (torch refuses both on the CPU),
            ``uint16``/``uint32``/``uint64`` (torch has no CPU kernel), ``float16``/``bfloat16``
            (torch's CPU result for them depends on the tensor's length, so there is no one
            answer to match).
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
            So are two dtypes torch does not promote together (``uint32`` with ``int8``).
        ValueError: an unknown ``rounding_mode``, shapes that do not broadcast, tensors on
            different devices, or integer division by zero (torch raises a
            ``RuntimeError`` there on the CPU).

    Examples:
        >>> a, b = torch.tensor([7, -7]), torch.tensor([2, 2])
        >>> div(a, b)
        tensor([ 3.5000, -3.5000])
        >>> div(a, b, rounding_mode="trunc"), div(a, b, rounding_mode="floor")
        (tensor([ 3, -3]), tensor([ 3, -4]))
    """
    _args.tensor("div", "a", a)
    _args.tensor("div", "b", b)
    if rounding_mode is not None and not isinstance(rounding_mode, str):
        raise TypeError(
            f"div(): rounding_mode must be None or a str, got {type(rounding_mode).__name__}"
        )
    if rounding_mode not in (None, "trunc", "floor"):
        raise ValueError(
            f"div(): rounding_mode must be None, 'trunc' or 'floor', got {rounding_mode!r}"
        )
    device = _args.common_device("div", [("a", a), ("b", b)])
    shape = _args.broadcast("div", [("a", a), ("b", b)])
    # result_type, not promote_types: a 0-d tensor does not widen a dimensioned one
    dtype = _args.result_type("div", ("a", a), ("b", b))
    if rounding_mode is None:
        exact = dtype.is_floating_point or dtype.is_complex
        float_dtype = dtype if exact else torch.get_default_dtype()
        return a.to(device, float_dtype) / b.to(device, float_dtype)
    refused = {
        torch.bool: "torch refuses it too",
        torch.float16: "torch's CPU result depends on the tensor's length",
        torch.bfloat16: "torch's CPU result depends on the tensor's length",
        **dict.fromkeys(_args.WIDE_UNSIGNED, "torch has no kernel for it"),
    }
    if dtype.is_complex or dtype in refused:
        why = refused.get(dtype, "complex numbers have no order")
        raise TypeError(
            f"div(): rounding_mode={rounding_mode!r} is not supported for {dtype} ({why}); "
            f"a and b must promote to an integer dtype, float32 or float64"
        )
    a, b = a.to(device, dtype), b.to(device, dtype)
    if dtype.is_floating_point:
        return torch.trunc(a / b) if rounding_mode == "trunc" else _float_floor_div(a, b)
    if b.device.type != "meta" and shape.numel() and (b == 0).any():
        raise ValueError("div(): integer division by zero (b contains 0)")
    if dtype == torch.uint8:
        trunc = a // b  # no signs: floor and trunc agree
    else:
        # divide -|a| by -|b|: every magnitude fits as a negative number (|-128| does not
        # fit in int8), and a quotient >= 0 is the same whether floored or truncated
        magnitude = torch.where(a > 0, -a, a) // torch.where(b > 0, -b, b)
        trunc = torch.where((a < 0) != (b < 0), -magnitude, magnitude)
    if rounding_mode == "trunc":
        return trunc
    # floor is one below trunc exactly when the true quotient is negative and not whole
    negative_inexact = ((a < 0) != (b < 0)) & (trunc * b != a)
    return torch.where(negative_inexact, trunc - 1, trunc)


def _float_floor_div(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    mod = torch.fmod(a, b)
    quotient = (a - mod) / b
    # fmod keeps a's sign; floor division needs the remainder to take b's sign
    quotient = torch.where((mod != 0) & ((b < 0) != (mod < 0)), quotient - 1, quotient)
    floored = torch.floor(quotient)
    floored = torch.where(quotient - floored > 0.5, floored + 1, floored)
    zero = torch.copysign(torch.zeros_like(quotient), a / b)
    out = torch.where(quotient == 0, zero, floored)
    return torch.where(b == 0, a / b, out)
