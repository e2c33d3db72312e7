"""Math: element-wise functions, broadcasting arithmetic, products, reductions and sorting.

Reference implementations are tested equal to torch in ``tests/test_math_ops.py`` and
``tests/test_math_reductions.py``.
"""

from __future__ import annotations

import functools
import math

import torch

from torchnotes._checks import check_bool, check_dim, check_floating, check_int, check_tensor


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
    x, y = torch.broadcast_tensors(x, y)
    product = torch.where(x == 0, torch.zeros_like(x), x * torch.log(y))
    return torch.where(torch.isnan(y), y, product)


def sinusoidal_encoding(seq_len: int, dim: int, base: float = 10000.0) -> torch.Tensor:
    """The Transformer's sinusoidal position encoding (Vaswani et al., 2017).

    ``pe[pos, 2i] = sin(pos / base**(2i / dim))`` and ``pe[pos, 2i + 1]`` is the cosine of
    the same angle: every pair of columns turns at its own frequency, from one radian per
    position down to ``1 / base``. Angles are in radians, as ``torch.sin`` expects.

    Args:
        seq_len: number of positions, ``>= 0``.
        dim: model width, a positive even number.
        base: the wavelength scale (10000 in the paper).

    Raises:
        TypeError: non-int ``seq_len``/``dim``.
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
    if not base > 1:
        raise ValueError(f"sinusoidal_encoding(): base must be > 1, got {base}")
    position = torch.arange(seq_len, dtype=torch.float64)[:, None]
    frequency = base ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)
    angle = position * frequency  # (seq_len, dim / 2)
    pe = torch.empty(seq_len, dim, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(angle)
    pe[:, 1::2] = torch.cos(angle)
    return pe.to(torch.get_default_dtype())


def broadcast_shape(*shapes: tuple[int, ...]) -> tuple[int, ...]:
    """The shape that broadcasting gives: align from the right, sizes must match or be 1.

    >>> broadcast_shape((3, 1), (4,))
    (3, 4)
    >>> broadcast_shape((2, 3), (3, 2))
    Traceback (most recent call last):
        ...
    ValueError: broadcast_shape(): shapes (2, 3) and (3, 2) do not broadcast: size 2 vs 3 in dimension -2
    """
    for i, shape in enumerate(shapes):
        if not isinstance(shape, (tuple, list, torch.Size)) or not all(
            isinstance(n, int) and n >= 0 for n in shape
        ):
            raise TypeError(f"broadcast_shape(): shapes[{i}] must be a tuple of sizes, got {shape!r}")
    ndim = max((len(s) for s in shapes), default=0)
    out = []
    for back in range(ndim, 0, -1):
        sizes = {s[len(s) - back] for s in shapes if len(s) >= back} - {1}
        if len(sizes) > 1:
            a, b = [tuple(s) for s in shapes if len(s) >= back and s[len(s) - back] != 1][:2]
            raise ValueError(
                f"broadcast_shape(): shapes {a} and {b} do not broadcast: size "
                f"{a[len(a) - back]} vs {b[len(b) - back]} in dimension {-back}"
            )
        out.append(sizes.pop() if sizes else 1)
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

    Raises:
        TypeError: non-tensor arguments.
        ValueError: an unknown ``rounding_mode``, or integer division by zero.

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
    dtype = torch.promote_types(a.dtype, b.dtype)
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
    ``->`` the output is every letter that appears exactly once, in alphabetical order.
    The computation: take diagonals, lay every operand out over all letters (size 1 where
    a letter is missing), multiply with broadcasting, and sum the dropped letters.
    Ellipsis (``...``) is not supported.

    Args:
        equation: subscripts, one comma-separated group per operand.
        operands: the tensors.

    Raises:
        TypeError: ``equation`` is not a str or an operand is not a tensor.
        ValueError: ellipsis, wrong operand count, bad letters, or mismatched sizes.

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
    if not all(c.isalpha() for c in letters + output):
        raise ValueError(f"einsum(): subscripts must be letters, got {equation!r}")
    if not arrow:
        counts = {c: letters.count(c) for c in letters}
        output = "".join(sorted(c for c, n in counts.items() if n == 1))
    if len(set(output)) != len(output) or not set(output) <= set(letters):
        raise ValueError(f"einsum(): output {output!r} must list distinct letters of the inputs")
    sizes: dict[str, int] = {}
    laid_out = []
    summed = sorted(set(letters) - set(output))
    order = list(output) + summed
    for i, (subs, op) in enumerate(zip(inputs, operands)):
        if len(subs) != op.dim():
            raise ValueError(
                f"einsum(): operands[{i}] has {op.dim()} dimensions but subscripts {subs!r}"
            )
        for c, n in zip(subs, op.shape):
            if sizes.setdefault(c, n) != n:
                raise ValueError(f"einsum(): letter {c!r} has sizes {sizes[c]} and {n}")
        op, subs = _take_diagonals(op, subs)
        # permute to the global letter order, then insert size-1 dims for absent letters
        present = [c for c in order if c in subs]
        op = op.permute([subs.index(c) for c in present])
        laid_out.append(op.reshape([sizes[c] if c in subs else 1 for c in order]))
    product = functools.reduce(torch.mul, laid_out)
    product = product.expand([sizes[c] for c in order])
    return product.sum(dim=list(range(len(output), len(order)))) if summed else product.clone()


def _take_diagonals(op: torch.Tensor, subs: str) -> tuple[torch.Tensor, str]:
    while len(set(subs)) != len(subs):
        c = next(c for c in subs if subs.count(c) > 1)
        p = subs.index(c)
        q = subs.index(c, p + 1)
        op = op.diagonal(dim1=p, dim2=q)  # drops p and q, appends the diagonal
        subs = "".join(x for k, x in enumerate(subs) if k not in (p, q)) + c
    return op, subs

# --- section: clamp, nan-to-num, mean-std-var, sort, topk ---


def _bound(x: torch.Tensor, value: float | torch.Tensor) -> torch.Tensor:
    return value.to(x.dtype) if isinstance(value, torch.Tensor) else torch.tensor(value, dtype=x.dtype)


def clamp(
    x: torch.Tensor,
    min: float | torch.Tensor | None = None,
    max: float | torch.Tensor | None = None,
) -> torch.Tensor:
    """Reference ``torch.clamp`` with ``torch.where``: lift values below ``min``, cut those above ``max``.

    ``min`` is applied first and ``max`` second, so when ``min > max`` everything becomes
    ``max``. NaN in ``x`` stays NaN; a NaN bound makes the result NaN. Bounds may be
    tensors that broadcast with ``x``.

    Args:
        x: the tensor.
        min: lower bound, a number or tensor (optional).
        max: upper bound, a number or tensor (optional).

    Raises:
        TypeError: ``x`` is not a tensor or a bound is not a number/tensor.
        ValueError: neither bound given.

    >>> clamp(torch.tensor([-1.0, 0.5, 2.0, 0.8]), min=0, max=1)
    tensor([0.0000, 0.5000, 1.0000, 0.8000])
    >>> clamp(torch.tensor([1.0, 5.0]), min=3, max=2)  # min > max: all become max
    tensor([2., 2.])
    """
    check_tensor("clamp", "x", x)
    if min is None and max is None:
        raise ValueError("clamp(): at least one of min and max must be given")
    out = x
    for name, bound, outside in (("min", min, torch.lt), ("max", max, torch.gt)):
        if bound is None:
            continue
        if isinstance(bound, bool) or not isinstance(bound, (int, float, torch.Tensor)):
            raise TypeError(f"clamp(): {name} must be a number or a tensor, got {type(bound).__name__}")
        b = _bound(x, bound)
        # NaN compares False, so a NaN bound has to be let through explicitly
        replace = outside(out, b) | (torch.isnan(b) if b.dtype.is_floating_point else False)
        out = torch.where(replace, b, out)
    return out


def nan_to_num(
    x: torch.Tensor, nan: float = 0.0, posinf: float | None = None, neginf: float | None = None
) -> torch.Tensor:
    """Reference ``torch.nan_to_num``: NaN -> ``nan``, +inf -> ``posinf``, -inf -> ``neginf``.

    The defaults for the infinities are the largest and smallest *finite* values of the
    dtype (``torch.finfo``), which overflow back to ``inf`` at the next multiplication.
    Integer and bool tensors have no NaN or inf and come back unchanged.

    Args:
        x: the tensor.
        nan: replacement for NaN.
        posinf: replacement for +inf (default ``torch.finfo(x.dtype).max``).
        neginf: replacement for -inf (default ``torch.finfo(x.dtype).min``).

    Raises:
        TypeError: ``x`` is not a tensor or a replacement is not a number.

    >>> nan_to_num(torch.tensor([float("nan"), float("inf"), -float("inf"), 1.0]))
    tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  1.0000e+00])
    """
    check_tensor("nan_to_num", "x", x)
    for name, value in (("nan", nan), ("posinf", posinf), ("neginf", neginf)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise TypeError(f"nan_to_num(): {name} must be a number, got {type(value).__name__}")
    if not x.dtype.is_floating_point:
        return x.clone()
    info = torch.finfo(x.dtype)
    out = torch.where(torch.isnan(x), torch.tensor(nan, dtype=x.dtype), x)
    out = torch.where(out == math.inf, torch.tensor(info.max if posinf is None else posinf, dtype=x.dtype), out)
    return torch.where(out == -math.inf, torch.tensor(info.min if neginf is None else neginf, dtype=x.dtype), out)


def var(
    x: torch.Tensor,
    dim: int | tuple[int, ...] | None = None,
    correction: int = 1,
    keepdim: bool = False,
) -> torch.Tensor:
    """Reference ``torch.var``: ``sum((x - mean)**2) / (N - correction)``.

    ``correction=1`` (the default, Bessel's correction) estimates the variance of the
    population a sample came from; ``correction=0`` is the plain mean of squared
    deviations, which is what NumPy's ``np.var`` computes by default (``ddof=0``).
    ``correction`` replaced the boolean ``unbiased`` in torch 2.0 (``unbiased=True`` is
    ``correction=1``). ``N - correction <= 0`` gives ``nan`` or ``inf``, as in torch.

    Args:
        x: a floating-point tensor.
        dim: dimension(s) to reduce; ``None`` reduces everything.
        correction: subtracted from the sample size ``N``, ``>= 0``.
        keepdim: keep reduced dims with size 1.

    Raises:
        TypeError: ``x`` not floating point, ``correction`` not an int.
        ValueError: ``dim`` out of range or repeated, negative ``correction``.

    >>> x = torch.tensor([1.0, 2.0, 3.0, 4.0])
    >>> var(x), var(x, correction=0)
    (tensor(1.6667), tensor(1.2500))
    """
    check_floating("var", "x", x)
    check_int("var", "correction", correction, minimum=0)
    dims = _reduce_dims("var", x, dim)
    n = math.prod(x.size(d) for d in dims) if x.dim() else 1
    mean = x.mean(dim=dims, keepdim=True) if dims else x
    squares = ((x - mean) ** 2).sum(dim=dims, keepdim=keepdim) if dims else (x - mean) ** 2
    return squares / max(n - correction, 0)


def std(
    x: torch.Tensor,
    dim: int | tuple[int, ...] | None = None,
    correction: int = 1,
    keepdim: bool = False,
) -> torch.Tensor:
    """Reference ``torch.std``: the square root of :func:`var` with the same arguments.

    >>> std(torch.tensor([1.0, 2.0, 3.0, 4.0]))
    tensor(1.2910)
    """
    return torch.sqrt(var(x, dim=dim, correction=correction, keepdim=keepdim))


def _reduce_dims(fn: str, x: torch.Tensor, dim: int | tuple[int, ...] | None) -> list[int]:
    if dim is None:
        return list(range(x.dim()))
    raw = dim if isinstance(dim, (tuple, list)) else (dim,)
    dims = [check_dim(fn, "dim", d, x.dim()) for d in raw]
    if len(set(dims)) != len(dims):
        raise ValueError(f"{fn}(): dim {dim} lists a dimension twice")
    return dims


def sort(
    x: torch.Tensor, dim: int = -1, descending: bool = False
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``torch.sort(..., stable=True)``: values and the indices they came from.

    Each 1-d slice along ``dim`` is ordered with Python's stable ``sorted``, so equal
    values keep their original order (also when ``descending``). NaN sorts as the
    largest value: last ascending, first descending.

    Args:
        x: the tensor.
        dim: the dimension to sort along.
        descending: largest first.

    Returns:
        ``(values, indices)`` with ``values == x.gather(dim, indices)``.

    Raises:
        TypeError: ``x`` is not a tensor or ``descending`` not a bool.
        ValueError: ``dim`` out of range.

    >>> sort(torch.tensor([3.0, float("nan"), 1.0, 3.0]))
    (tensor([1., 3., 3., nan]), tensor([2, 0, 3, 1]))
    """
    check_tensor("sort", "x", x)
    check_bool("sort", "descending", descending)
    if x.dim() == 0:
        check_dim("sort", "dim", dim, 0)
        return x.clone(), torch.zeros((), dtype=torch.int64)
    dim = check_dim("sort", "dim", dim, x.dim())
    if x.numel() == 0:
        return x.clone(), torch.zeros(x.shape, dtype=torch.int64)
    rows = x.movedim(dim, -1).reshape(-1, x.size(dim))
    order = torch.empty(rows.shape, dtype=torch.int64)
    for r, row in enumerate(rows.tolist()):
        # (is NaN, value): NaN after every number; Python's sort is stable both ways
        key = [(v != v, v) for v in row]
        order[r] = torch.tensor(sorted(range(len(row)), key=key.__getitem__, reverse=descending),
                                dtype=torch.int64)
    shape = x.movedim(dim, -1).shape
    indices = order.reshape(shape).movedim(-1, dim)
    return x.gather(dim, indices), indices


def topk(
    x: torch.Tensor, k: int, dim: int = -1, largest: bool = True, sorted: bool = True
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``torch.topk``: the first ``k`` entries of a stable :func:`sort`.

    Returns values *and* indices. Which of several tied entries torch returns is not
    specified; this reference returns the earliest. It always returns the entries in
    sorted order, which ``sorted=False`` allows but does not require.

    Args:
        x: the tensor.
        k: how many entries, ``0 <= k <= x.size(dim)``.
        dim: the dimension to search.
        largest: the largest entries, or with ``False`` the smallest.
        sorted: accepted for signature parity; see above.

    Raises:
        TypeError: bad argument types.
        ValueError: ``k`` larger than the dimension or ``dim`` out of range.

    >>> topk(torch.tensor([1, 9, 4, 7]), k=2)
    (tensor([9, 7]), tensor([1, 3]))
    """
    check_tensor("topk", "x", x)
    check_int("topk", "k", k, minimum=0)
    check_bool("topk", "largest", largest)
    check_bool("topk", "sorted", sorted)
    d = check_dim("topk", "dim", dim, x.dim())
    size = x.size(d) if x.dim() else 1
    if k > size:
        raise ValueError(f"topk(): k={k} is larger than the {size} entries along dim={dim}")
    values, indices = sort(x, dim=dim, descending=largest)
    if x.dim() == 0:
        return values, indices
    return values.narrow(d, 0, k), indices.narrow(d, 0, k)
