"""Math: element-wise functions, broadcasting arithmetic, products, reductions and sorting.

Reference implementations are tested equal to torch in ``tests/test_math_ops.py`` and
``tests/test_math_reductions.py``.
"""

from __future__ import annotations

import functools
import math

import torch

from torchnotes._checks import check_bool, check_dim, check_floating, check_int, check_number, check_tensor

# --- section: exp, log, sin-cos, add-mul-div, matmul, einsum ---


def logsumexp(x: torch.Tensor, dim: int, keepdim: bool = False) -> torch.Tensor:
    """``log(sum(exp(x)))`` along ``dim`` without overflow: subtract the maximum first.

    ``exp`` overflows float32 above about 88.7, so the naive formula turns large logits
    into ``inf``. Because ``log(sum(exp(x))) = m + log(sum(exp(x - m)))`` for any ``m``,
    choosing ``m = max(x)`` keeps every exponent ``<= 0``. Rows that are all ``-inf``
    give ``-inf``; a ``+inf`` entry gives ``+inf``.

    Args:
        x: a floating-point tensor.
        dim: the dimension to reduce.
        keepdim: keep ``dim`` with size 1.

    Returns:
        ``x`` reduced over ``dim``, in ``x``'s dtype; an empty ``dim`` gives ``-inf``
        (the log of an empty sum).

    Raises:
        TypeError: ``x`` is not a floating-point tensor.
        ValueError: ``dim`` out of range.

    >>> x = torch.tensor([1000.0, 1000.0])
    >>> torch.log(torch.exp(x).sum())  # exp(1000) overflows
    tensor(inf)
    >>> logsumexp(x, dim=0)  # 1000 + log(2)
    tensor(1000.6932)
    """
    check_floating("logsumexp", "x", x)
    dim = check_dim("logsumexp", "dim", dim, x.dim())
    m = x.amax(dim, keepdim=True) if x.numel() else torch.zeros_like(x.sum(dim, keepdim=True))
    # an infinite max would give inf - inf = nan below; shift by 0 instead
    shift = torch.where(torch.isfinite(m), m, torch.zeros_like(m))
    out = shift + torch.log(torch.exp(x - shift).sum(dim, keepdim=True))
    return out if keepdim else out.squeeze(dim)


def xlogy(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """``x * log(y)`` with ``0 * log(0) = 0``, as in entropy ``-sum(p * log p)``.

    Plain ``x * torch.log(y)`` gives ``0 * -inf = nan`` where a probability is 0. Where
    ``y`` is NaN the result stays NaN.

    Args:
        x: floating-point tensor (broadcastable with ``y``).
        y: floating-point tensor.

    Returns:
        The broadcast shape of ``x`` and ``y``, in ``torch.result_type(x, y)``. Where ``x == 0``
        the result is 0 for every ``y`` except NaN (also for ``y = 0``, ``inf`` or a
        negative ``y``, whose log would be NaN).

    Raises:
        TypeError: non-tensor or non-floating-point arguments.

    >>> p = torch.tensor([0.5, 0.5, 0.0])
    >>> (p * torch.log(p)).sum()
    tensor(nan)
    >>> -xlogy(p, p).sum()  # the entropy of a fair coin, in nats
    tensor(0.6931)
    """
    check_floating("xlogy", "x", x)
    check_floating("xlogy", "y", y)
    # compute in the result dtype: log of a float32 y is not precise enough for float64
    dtype = torch.result_type(x, y)
    x, y = torch.broadcast_tensors(x.to(dtype), y.to(dtype))
    product = torch.where(x == 0, torch.zeros_like(x), x * torch.log(y))
    return torch.where(torch.isnan(y), y, product)


def sinusoidal_encoding(seq_len: int, dim: int, base: float = 10000.0) -> torch.Tensor:
    """The Transformer's sinusoidal position encoding (Vaswani et al., 2017).

    ``pe[pos, 2i] = sin(pos / base**(2i / dim))`` and ``pe[pos, 2i + 1]`` is the cosine of
    the same angle: every pair of columns turns at its own frequency, from one radian per
    position down to ``base**(-(dim - 2) / dim)`` (close to ``1 / base`` for a wide model).
    Angles are in radians, as ``torch.sin`` expects.

    Args:
        seq_len: number of positions, ``>= 0``.
        dim: model width, a positive even number.
        base: the wavelength scale (10000 in the paper).

    Returns:
        A ``(seq_len, dim)`` tensor in the default dtype, computed in float64 so that
        large positions keep their precision until the final cast.

    Raises:
        TypeError: non-int ``seq_len``/``dim`` or a non-number ``base``.
        ValueError: negative ``seq_len``, odd or non-positive ``dim``, ``base <= 1``.

    >>> pe = sinusoidal_encoding(seq_len=3, dim=4)
    >>> pe.shape
    torch.Size([3, 4])
    >>> pe[1]  # position 1: sin(1), cos(1), sin(0.01), cos(0.01)
    tensor([0.8415, 0.5403, 0.0100, 0.9999])
    """
    check_int("sinusoidal_encoding", "seq_len", seq_len, minimum=0)
    check_int("sinusoidal_encoding", "dim", dim, minimum=2)
    if dim % 2:
        raise ValueError(f"sinusoidal_encoding(): dim must be even (sin/cos pairs), got {dim}")
    check_number("sinusoidal_encoding", "base", base)
    if not base > 1:  # also rejects NaN
        raise ValueError(f"sinusoidal_encoding(): base must be > 1, got {base}")
    position = torch.arange(seq_len, dtype=torch.float64)[:, None]
    frequency = base ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)
    angle = position * frequency  # (seq_len, dim / 2)
    pe = torch.empty(seq_len, dim, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(angle)
    pe[:, 1::2] = torch.cos(angle)
    return pe.to(torch.get_default_dtype())


def broadcast_shape(*shapes: tuple[int, ...]) -> tuple[int, ...]:
    """The shape that broadcasting gives, as ``torch.broadcast_shapes`` computes it.

    Shapes are aligned at their last dimension and missing leading dimensions count as 1.
    In each position the sizes must agree once the 1s are set aside: a size-1 dimension
    stretches to the other size (even to 0); two different sizes, neither 1, are an error.

    Args:
        shapes: any number of shapes (tuples, lists or ``torch.Size``) of sizes ``>= 0``.

    Returns:
        The broadcast shape as a tuple; ``()`` when no shape is given.

    Raises:
        TypeError: a shape is not a sequence of non-negative ints.
        ValueError: two shapes have different sizes, neither 1, in the same position.

    >>> broadcast_shape((3, 1), (4,))
    (3, 4)
    >>> broadcast_shape((2, 1, 5), (3, 1), (5,))
    (2, 3, 5)
    >>> broadcast_shape((2, 3), (3, 2))
    Traceback (most recent call last):
        ...
    ValueError: broadcast_shape(): shapes (2, 3) and (3, 2) do not broadcast: size 2 vs 3 in dimension -2
    """
    for i, shape in enumerate(shapes):
        if not isinstance(shape, (tuple, list, torch.Size)) or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape
        ):
            raise TypeError(
                f"broadcast_shape(): shapes[{i}] must be a tuple of sizes >= 0, got {shape!r}"
            )
    out = []
    for back in range(max((len(s) for s in shapes), default=0), 0, -1):
        size, owner = 1, None  # the first shape with a size other than 1 here sets it
        for shape in shapes:
            if len(shape) < back or shape[-back] == 1:
                continue
            if owner is not None and shape[-back] != size:
                raise ValueError(
                    f"broadcast_shape(): shapes {tuple(owner)} and {tuple(shape)} do not "
                    f"broadcast: size {size} vs {shape[-back]} in dimension {-back}"
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
    off by one when ``a / b`` rounds up to a whole number.

    Args:
        a: dividend tensor.
        b: divisor tensor (broadcastable with ``a``).
        rounding_mode: ``None``, ``"trunc"`` or ``"floor"``.

    Returns:
        A tensor of the broadcast shape. With ``None`` it is floating point (the default
        dtype for two integer inputs); otherwise it has the dtype that ``a + b`` would
        have.

    Raises:
        TypeError: non-tensor or bool arguments.
        ValueError: an unknown ``rounding_mode``, or integer division by zero (torch
            raises a ``RuntimeError`` there too).

    >>> a, b = torch.tensor([7, -7]), torch.tensor([2, 2])
    >>> div(a, b)
    tensor([ 3.5000, -3.5000])
    >>> div(a, b, rounding_mode="trunc"), div(a, b, rounding_mode="floor")
    (tensor([ 3, -3]), tensor([ 3, -4]))
    """
    check_tensor("div", "a", a)
    check_tensor("div", "b", b)
    if rounding_mode not in (None, "trunc", "floor"):
        raise ValueError(
            f"div(): rounding_mode must be None, 'trunc' or 'floor', got {rounding_mode!r}"
        )
    if torch.bool in (a.dtype, b.dtype):
        raise TypeError(
            f"div(): a and b must be numbers, not torch.bool, got {a.dtype} and {b.dtype}"
        )
    # result_type, not promote_types: a 0-d tensor does not widen a dimensioned one
    dtype = torch.result_type(a, b)
    if rounding_mode is None or dtype.is_floating_point:
        float_dtype = dtype if dtype.is_floating_point else torch.get_default_dtype()
        a, b = a.to(float_dtype), b.to(float_dtype)
        if rounding_mode is None:
            return a / b
        if rounding_mode == "trunc":
            return torch.trunc(a / b)
        return _float_floor_div(a, b)
    a, b = a.to(dtype), b.to(dtype)
    if (b == 0).any():
        raise ValueError("div(): integer division by zero (b contains 0)")
    # on magnitudes floor and trunc agree; the sign decides the rest
    magnitude = a.abs() // b.abs()
    negative = (a < 0) != (b < 0)
    trunc = torch.where(negative, -magnitude, magnitude)
    if rounding_mode == "trunc":
        return trunc
    inexact = trunc * b != a
    return torch.where(negative & inexact, trunc - 1, trunc)


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


def matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.matmul`` (``a @ b``): every rank rule, via broadcast multiply and sum.

    * 1-d @ 1-d: dot product, a 0-d result;
    * 1-d @ n-d: ``a`` becomes a ``(1, k)`` matrix, the 1 is removed from the result;
    * n-d @ 1-d: ``b`` becomes a ``(k, 1)`` matrix, the 1 is removed;
    * otherwise the last two dims multiply as matrices and the leading (batch) dims
      broadcast: ``(j, 1, n, k) @ (m, k, p) -> (j, m, n, p)``.

    Args:
        a: tensor with at least 1 dimension.
        b: tensor with at least 1 dimension.

    Returns:
        The product, in the dtype of ``a`` and ``b``, shaped by the rules above.

    Raises:
        TypeError: non-tensor arguments or different dtypes.
        ValueError: 0-d inputs, inner sizes that differ, batch dims that do not broadcast.

    >>> matmul(torch.ones(2, 3), torch.ones(3)).shape
    torch.Size([2])
    >>> matmul(torch.ones(5, 1, 2, 3), torch.ones(4, 3, 6)).shape
    torch.Size([5, 4, 2, 6])
    """
    check_tensor("matmul", "a", a)
    check_tensor("matmul", "b", b)
    if a.dim() == 0 or b.dim() == 0:
        raise ValueError(
            f"matmul(): both arguments need at least 1 dimension, got {a.dim()}-d and {b.dim()}-d"
        )
    if a.dtype != b.dtype:
        raise TypeError(f"matmul(): a and b must have the same dtype, got {a.dtype} and {b.dtype}")
    a2 = a.unsqueeze(0) if a.dim() == 1 else a
    b2 = b.unsqueeze(-1) if b.dim() == 1 else b
    if a2.size(-1) != b2.size(-2):
        raise ValueError(
            f"matmul(): inner sizes differ: a is {tuple(a.shape)}, b is {tuple(b.shape)} "
            f"({a2.size(-1)} != {b2.size(-2)})"
        )
    batch = broadcast_shape(tuple(a2.shape[:-2]), tuple(b2.shape[:-2]))
    # out[..., i, j] = sum_k a[..., i, k] * b[..., k, j]
    out = (a2.unsqueeze(-1) * b2.unsqueeze(-3)).sum(-2)
    out = out.expand(*batch, a2.size(-2), b2.size(-1))
    if a.dim() == 1:
        out = out.squeeze(-2)
    if b.dim() == 1:
        out = out.squeeze(-1)
    return out.to(a.dtype)


def einsum(equation: str, *operands: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.einsum`` for explicit (``"ij,jk->ik"``) and implicit (``"ij,jk"``) forms.

    Each letter names a dimension. Letters in the output are kept; the others are summed
    over. A letter repeated within one operand takes its diagonal (``"ii->i"``). Without
    ``->`` the output is every letter that appears exactly once, in alphabetical order
    (upper case before lower case). A letter shared by several operands must have the same
    size in each, or size 1, which broadcasts.

    The computation: take diagonals, lay every operand out over all letters (size 1 where
    a letter is missing), multiply with broadcasting, and sum the dropped letters.
    Ellipsis (``...``) is not supported.

    Args:
        equation: subscripts, one comma-separated group per operand, optionally ``->``
            and the output subscripts.
        operands: the tensors, all of one dtype.

    Returns:
        A tensor with one dimension per output letter, in the operands' dtype.

    Raises:
        TypeError: ``equation`` is not a str, an operand is not a tensor, or dtypes differ.
        ValueError: ellipsis, wrong operand count, bad letters, or sizes that do not match.

    >>> a, b = torch.arange(6.0).reshape(2, 3), torch.ones(3, 2)
    >>> torch.equal(einsum("ij,jk->ik", a, b), a @ b)
    True
    >>> einsum("ii", torch.eye(3) * 2)  # implicit output: nothing left -> the trace
    tensor(6.)
    """
    if not isinstance(equation, str):
        raise TypeError(f"einsum(): equation must be a str, got {type(equation).__name__}")
    for i, op in enumerate(operands):
        check_tensor("einsum", f"operands[{i}]", op)
    if len({op.dtype for op in operands}) > 1:
        dtypes = ", ".join(str(op.dtype) for op in operands)
        raise TypeError(f"einsum(): operands must share one dtype, got {dtypes}")
    spec = equation.replace(" ", "")
    if "." in spec:
        raise ValueError(f"einsum(): ellipsis '...' is not supported by this reference: {equation!r}")
    inputs_text, arrow, output = spec.partition("->")
    inputs = inputs_text.split(",")
    if len(inputs) != len(operands):
        raise ValueError(
            f"einsum(): {equation!r} has {len(inputs)} operand subscripts, got {len(operands)} tensors"
        )
    letters = "".join(inputs)
    if not all(c.isascii() and c.isalpha() for c in letters + output):
        raise ValueError(f"einsum(): subscripts must be letters a-z or A-Z, got {equation!r}")
    if not arrow:
        output = "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
    if len(set(output)) != len(output) or not set(output) <= set(letters):
        raise ValueError(f"einsum(): output {output!r} must list distinct letters of the inputs")
    order = list(output) + sorted(set(letters) - set(output))
    sizes: dict[str, int] = {}
    laid_out = []
    for i, (subs, op) in enumerate(zip(inputs, operands)):
        if len(subs) != op.dim():
            raise ValueError(
                f"einsum(): operands[{i}] has {op.dim()} dimensions but subscripts {subs!r}"
            )
        op, subs = _take_diagonals(i, op, subs)
        for c, n in zip(subs, op.shape):
            if n != 1 and sizes.get(c, 1) not in (1, n):
                raise ValueError(
                    f"einsum(): letter {c!r} has sizes {sizes[c]} and {n}, which do not broadcast"
                )
            sizes[c] = n if n != 1 else sizes.get(c, 1)
        # permute to the global letter order, then insert size-1 dims for absent letters
        present = [c for c in order if c in subs]
        op = op.permute([subs.index(c) for c in present])
        own = iter(op.shape)
        laid_out.append(op.reshape([next(own) if c in subs else 1 for c in order]))
    product = functools.reduce(torch.mul, laid_out).expand([sizes[c] for c in order])
    if len(order) == len(output):
        return product.clone()  # nothing to sum; clone so the result owns its memory
    # keep the operands' dtype; torch.einsum returns int64 on some integer paths, not all
    return product.sum(dim=list(range(len(output), len(order))), dtype=product.dtype)


def _take_diagonals(i: int, op: torch.Tensor, subs: str) -> tuple[torch.Tensor, str]:
    while len(set(subs)) != len(subs):
        c = next(c for c in subs if subs.count(c) > 1)
        p = subs.index(c)
        q = subs.index(c, p + 1)
        if op.size(p) != op.size(q):
            raise ValueError(
                f"einsum(): operands[{i}] repeats letter {c!r} over sizes {op.size(p)} and "
                f"{op.size(q)}; a diagonal needs equal sizes"
            )
        op = op.diagonal(dim1=p, dim2=q)  # drops p and q, appends the diagonal
        subs = "".join(x for k, x in enumerate(subs) if k not in (p, q)) + c
    return op, subs


# --- section: clamp, nan-to-num, mean-std-var, sort, topk ---


def clamp(
    x: torch.Tensor,
    min: float | torch.Tensor | None = None,
    max: float | torch.Tensor | None = None,
) -> torch.Tensor:
    """Reference ``torch.clamp``, built from two ``torch.where`` calls.

    Values below ``min`` are raised to it and values above ``max`` lowered to it. ``min``
    is applied first and ``max`` second, so when ``min > max`` every element becomes
    ``max``. A NaN in ``x`` stays NaN, and a NaN bound gives NaN wherever it applies.
    Bounds are numbers, or tensors that broadcast with ``x``. The result takes the dtype
    that type promotion gives for ``x`` and the bounds, so an integer tensor clamped to
    ``-0.5`` comes back as floating point.

    Args:
        x: a real (not bool, not complex) tensor.
        min: lower bound, a number or a tensor (optional).
        max: upper bound, a number or a tensor (optional).

    Returns:
        ``x`` limited to ``[min, max]``, broadcast with any tensor bound, in the promoted dtype.

    Raises:
        TypeError: ``x`` is not a tensor; a bound is neither a number nor a tensor; one bound
            is a number and the other a tensor (torch rejects that mix too); the promoted dtype
            is bool or complex.
        ValueError: neither bound is given, or a number bound overflows the result dtype.

    >>> clamp(torch.tensor([-1.0, 0.5, 2.0, 0.8]), min=0, max=1)
    tensor([0.0000, 0.5000, 1.0000, 0.8000])
    >>> clamp(torch.tensor([1.0, 5.0]), min=3, max=2)  # min > max: all become max
    tensor([2., 2.])
    >>> clamp(torch.tensor([-2, 0, 2]), min=-0.5)  # a float bound makes the result float
    tensor([-0.5000,  0.0000,  2.0000])
    """
    check_tensor("clamp", "x", x)
    bounds = {name: b for name, b in (("min", min), ("max", max)) if b is not None}
    if not bounds:
        raise ValueError("clamp(): at least one of min and max must be given, got neither")
    for name, b in bounds.items():
        if isinstance(b, bool) or not isinstance(b, (int, float, torch.Tensor)):
            raise TypeError(f"clamp(): {name} must be a number or a tensor, got {type(b).__name__}")
    if len({isinstance(b, torch.Tensor) for b in bounds.values()}) > 1:
        raise TypeError(
            "clamp(): min and max must both be numbers or both be tensors, got one of each"
        )
    dtype = _result_dtype(x, *bounds.values())
    if dtype == torch.bool or dtype.is_complex:
        raise TypeError(
            f"clamp(): x and the bounds must promote to a real number dtype, got {dtype}"
        )
    out = x.to(dtype)
    for name, b in bounds.items():
        b = _clamp_bound(name, b, dtype, x.shape)
        outside = out < b if name == "min" else out > b
        # every comparison with NaN is False, so a NaN bound has to be let through explicitly
        out = torch.where(outside | torch.isnan(b), b, out)
    return out


def _result_dtype(*operands: torch.Tensor | float) -> torch.dtype:
    # torch.result_type takes two operands; torch ranks them in tiers (tensors with dims,
    # then 0-d tensors, then Python numbers) and a lower tier only counts when it brings a
    # higher category (bool < int < float < complex). Promote within each tier, then across.
    tensors = [op for op in operands if isinstance(op, torch.Tensor)]
    probe = None
    for dimensioned in (True, False):
        dtypes = [t.dtype for t in tensors if bool(t.dim()) == dimensioned]
        if dtypes:
            shape = (1,) if dimensioned else ()
            tier = torch.empty(shape, dtype=functools.reduce(torch.promote_types, dtypes))
            probe = tier if probe is None else torch.empty(1, dtype=torch.result_type(probe, tier))
    for number in (op for op in operands if not isinstance(op, torch.Tensor)):
        probe = torch.empty(probe.shape, dtype=torch.result_type(probe, number))
    return probe.dtype


def _clamp_bound(
    name: str, bound: float | torch.Tensor, dtype: torch.dtype, shape: torch.Size
) -> torch.Tensor:
    if isinstance(bound, torch.Tensor):
        try:
            torch.broadcast_shapes(shape, bound.shape)
        except RuntimeError:
            raise ValueError(
                f"clamp(): {name} of shape {tuple(bound.shape)} does not broadcast with x of "
                f"shape {tuple(shape)}"
            ) from None
        return bound.to(dtype)
    limits = torch.finfo(dtype) if dtype.is_floating_point else torch.iinfo(dtype)
    # torch refuses a number bound that overflows rather than quietly turning it into inf
    infinite_or_nan = isinstance(bound, float) and not math.isfinite(bound)
    if not infinite_or_nan and not limits.min <= bound <= limits.max:
        raise ValueError(
            f"clamp(): {name}={bound} does not fit in {dtype}, whose range is "
            f"[{limits.min}, {limits.max}]"
        )
    return torch.tensor(bound, dtype=dtype)


def nan_to_num(
    x: torch.Tensor, nan: float = 0.0, posinf: float | None = None, neginf: float | None = None
) -> torch.Tensor:
    """Reference ``torch.nan_to_num``: NaN -> ``nan``, +inf -> ``posinf``, -inf -> ``neginf``.

    The defaults for the infinities are the largest and smallest *finite* values of the
    dtype (``torch.finfo``), which overflow back to ``inf`` at the next multiplication.
    A replacement is rounded to ``x``'s dtype, so one too large for ``float16`` turns into
    ``inf`` again. Integer and bool tensors hold no NaN or inf and come back unchanged; a
    complex tensor has its real and imaginary parts treated separately.

    Args:
        x: the tensor.
        nan: replacement for NaN.
        posinf: replacement for +inf (default ``torch.finfo(x.dtype).max``).
        neginf: replacement for -inf (default ``torch.finfo(x.dtype).min``).

    Returns:
        A new tensor of ``x``'s shape and dtype without NaN or inf (unless a replacement is one).

    Raises:
        TypeError: ``x`` is not a tensor or a replacement is not a number.

    >>> x = torch.tensor([float("nan"), float("inf"), -float("inf"), 1.0])
    >>> nan_to_num(x)
    tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  1.0000e+00])
    >>> nan_to_num(x.half(), posinf=1.0, neginf=-1.0)
    tensor([ 0.,  1., -1.,  1.], dtype=torch.float16)
    """
    check_tensor("nan_to_num", "x", x)
    for name, value in (("nan", nan), ("posinf", posinf), ("neginf", neginf)):
        if value is not None:
            check_number("nan_to_num", name, value)
    if x.is_complex():
        real, imag = (nan_to_num(part, nan, posinf, neginf) for part in (x.real, x.imag))
        return torch.complex(real, imag)
    if not x.dtype.is_floating_point:
        return x.clone()
    info = torch.finfo(x.dtype)
    out = x.clone()
    out[torch.isnan(x)] = nan
    out[x == math.inf] = info.max if posinf is None else posinf
    out[x == -math.inf] = info.min if neginf is None else neginf
    return out


def var(
    x: torch.Tensor,
    dim: int | tuple[int, ...] | None = None,
    correction: int = 1,
    keepdim: bool = False,
) -> torch.Tensor:
    """Reference ``torch.var``: ``sum((x - mean)**2) / max(N - correction, 0)``.

    ``N`` is the number of elements reduced. ``correction=1`` (the default, Bessel's
    correction) estimates the variance of the population a sample came from;
    ``correction=0`` is the plain mean of squared deviations, which is what NumPy's
    ``np.var`` computes by default (``ddof=0``). ``correction`` replaced the boolean
    ``unbiased`` in PyTorch 2.0 (``unbiased=True`` is ``correction=1``). When
    ``N - correction <= 0`` the result is ``nan`` or ``inf`` and, as in torch, a
    ``UserWarning`` is issued.

    Args:
        x: a floating-point tensor.
        dim: dimension(s) to reduce; ``None`` or ``()`` reduces everything.
        correction: subtracted from ``N`` in the denominator, ``>= 0``.
        keepdim: keep the reduced dimensions with size 1.

    Returns:
        The variance, in ``x``'s dtype (``float16`` input is accumulated in ``float32``).

    Raises:
        TypeError: ``x`` is not floating point, ``correction`` is not an int, ``keepdim``
            is not a bool.
        ValueError: a ``dim`` is out of range or repeated, ``correction`` is negative.

    >>> x = torch.tensor([1.0, 2.0, 3.0, 4.0])
    >>> var(x), var(x, correction=0)  # divide by N - 1 = 3, or by N = 4
    (tensor(1.6667), tensor(1.2500))
    >>> var(torch.tensor([[1.0, 3.0], [2.0, 6.0]]), dim=1, keepdim=True)
    tensor([[2.],
            [8.]])
    """
    return _variance("var", x, dim, correction, keepdim)


def std(
    x: torch.Tensor,
    dim: int | tuple[int, ...] | None = None,
    correction: int = 1,
    keepdim: bool = False,
) -> torch.Tensor:
    """Reference ``torch.std``: the square root of :func:`var` with the same arguments.

    Args:
        x: a floating-point tensor.
        dim: dimension(s) to reduce; ``None`` or ``()`` reduces everything.
        correction: subtracted from ``N`` in the denominator, ``>= 0``.
        keepdim: keep the reduced dimensions with size 1.

    Returns:
        The standard deviation, in ``x``'s dtype.

    Raises:
        TypeError: as for :func:`var`.
        ValueError: as for :func:`var`.

    >>> x = torch.tensor([1.0, 2.0, 3.0, 4.0])
    >>> std(x), std(x, correction=0)
    (tensor(1.2910), tensor(1.1180))
    """
    return torch.sqrt(_variance("std", x, dim, correction, keepdim))


def _variance(
    fn: str, x: torch.Tensor, dim: int | tuple[int, ...] | None, correction: int, keepdim: bool
) -> torch.Tensor:
    import warnings

    check_floating(fn, "x", x)
    check_int(fn, "correction", correction, minimum=0)
    check_bool(fn, "keepdim", keepdim)
    dims = _reduce_dims(fn, x, dim)
    n = math.prod(x.size(d) for d in dims) if x.dim() else 1
    if n - correction <= 0:
        warnings.warn(
            f"{fn}(): N - correction = {n} - {correction} <= 0, the result is nan or inf",
            UserWarning,
            stacklevel=3,
        )
    # half-precision sums overflow at 65504: accumulate in float32 at least, as torch does
    acc = x.to(torch.promote_types(x.dtype, torch.float32))
    mean = acc.sum(dim=dims, keepdim=True) / n
    squares = ((acc - mean) ** 2).sum(dim=dims, keepdim=keepdim)
    return (squares / max(n - correction, 0)).to(x.dtype)


def _reduce_dims(fn: str, x: torch.Tensor, dim: int | tuple[int, ...] | None) -> list[int]:
    if dim is None or (isinstance(dim, (tuple, list)) and not dim):
        return list(range(x.dim()))  # torch reads an empty dim list as "every dimension"
    raw = dim if isinstance(dim, (tuple, list)) else (dim,)
    dims = [check_dim(fn, "dim", d, x.dim()) for d in raw]
    if len(set(dims)) != len(dims):
        raise ValueError(f"{fn}(): dim must not name a dimension twice, got {dim}")
    return dims


def sort(
    x: torch.Tensor, dim: int = -1, descending: bool = False
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``torch.sort(..., stable=True)``: the sorted values and where they came from.

    Every 1-d slice along ``dim`` is ordered on its own with Python's ``sorted``, which is
    stable: equal values keep their original order, also when ``descending`` (Python's
    ``reverse=True`` keeps ties in order too). NaN sorts as the largest value, last
    ascending and first descending. The sort key is ``(is NaN, value)`` because every
    ``<`` with a NaN is False: a plain key would leave each NaN wherever it started.

    Args:
        x: a real tensor (bool and integer tensors sort too).
        dim: the dimension to sort along; negative values count from the end.
        descending: largest first.

    Returns:
        ``(values, indices)`` shaped like ``x``, with ``values == x.gather(dim, indices)``.

    Raises:
        TypeError: ``x`` is not a tensor or is complex (complex numbers have no order),
            or ``descending`` is not a bool.
        ValueError: ``dim`` is out of range.

    >>> x = torch.tensor([3.0, float("nan"), 1.0, 3.0])
    >>> sort(x)
    (tensor([1., 3., 3., nan]), tensor([2, 0, 3, 1]))
    >>> sort(x, descending=True)  # the two 3s stay in their original order
    (tensor([nan, 3., 3., 1.]), tensor([1, 0, 3, 2]))
    """
    check_tensor("sort", "x", x)
    if x.is_complex():
        raise TypeError(f"sort(): x must be real, complex numbers have no order, got {x.dtype}")
    check_bool("sort", "descending", descending)
    d = check_dim("sort", "dim", dim, x.dim())
    if x.numel() <= 1 or x.size(d) <= 1:  # nothing to reorder
        return x.clone(), torch.zeros(x.shape, dtype=torch.int64)
    rows = x.movedim(d, -1).reshape(-1, x.size(d))  # one row per 1-d slice along dim
    order = torch.empty(rows.shape, dtype=torch.int64)
    for r, row in enumerate(rows.tolist()):
        keys = [(math.isnan(v), v) for v in row]
        ranked = sorted(range(len(row)), key=keys.__getitem__, reverse=descending)
        order[r] = torch.tensor(ranked, dtype=torch.int64)
    indices = order.reshape(x.movedim(d, -1).shape).movedim(-1, d)
    return x.gather(d, indices), indices


def topk(
    x: torch.Tensor, k: int, dim: int = -1, largest: bool = True, sorted: bool = True
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``torch.topk``: the first ``k`` entries of a stable :func:`sort`.

    Returns values *and* indices. NaN counts as the largest value. Which of several tied
    entries torch returns is not specified (and differs between devices); this reference
    returns the earliest. It always returns the entries in sorted order, which
    ``sorted=False`` allows but does not require.

    Args:
        x: a real, non-bool tensor.
        k: how many entries, ``0 <= k <= x.size(dim)`` (a 0-d tensor counts as size 1).
        dim: the dimension to search; negative values count from the end.
        largest: the largest entries, or with ``False`` the smallest.
        sorted: accepted for signature parity; see above.

    Returns:
        ``(values, indices)`` with ``x``'s shape except ``size(dim) == k``.

    Raises:
        TypeError: ``x`` is not a tensor or is bool or complex (torch refuses both), or
            another argument has the wrong type.
        ValueError: ``k`` is negative or larger than the dimension, or ``dim`` is out of range.

    >>> x = torch.tensor([1, 9, 4, 7])
    >>> topk(x, k=2)
    (tensor([9, 7]), tensor([1, 3]))
    >>> topk(x, k=2, largest=False)
    (tensor([1, 4]), tensor([0, 2]))
    """
    check_tensor("topk", "x", x)
    if x.dtype == torch.bool or x.is_complex():
        raise TypeError(f"topk(): x must hold real numbers, not {x.dtype}")
    check_int("topk", "k", k, minimum=0)
    check_bool("topk", "largest", largest)
    check_bool("topk", "sorted", sorted)
    d = check_dim("topk", "dim", dim, x.dim())
    size = x.size(d) if x.dim() else 1
    if k > size:
        raise ValueError(f"topk(): k must be <= {size}, the size of dim={dim}, got {k}")
    values, indices = sort(x, dim=dim, descending=largest)
    if x.dim() == 0:
        return values, indices
    return values.narrow(d, 0, k), indices.narrow(d, 0, k)
