"""Products: ``matmul`` and ``einsum``, written as broadcast multiplies and sums."""

from __future__ import annotations

import torch

from torchnotes.math import _args

__all__ = ["einsum", "matmul"]

# Two float16 or bfloat16 numbers multiply exactly in float32, and torch's CPU matrix
# kernels sum those products in float32 before rounding once; so do these references.
_HALF = (torch.float16, torch.bfloat16)


def matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Reference ``torch.matmul`` (``a @ b``): every rank rule, via broadcast multiply and sum.

    * 1-d @ 1-d: dot product, a 0-d result;
    * 1-d @ n-d: ``a`` becomes a ``(1, k)`` matrix, the 1 is removed from the result;
    * n-d @ 1-d: ``b`` becomes a ``(k, 1)`` matrix, the 1 is removed;
    * otherwise the last two dims multiply as matrices and the leading (batch) dims
      broadcast: ``(j, 1, n, k) @ (m, k, p) -> (j, m, n, p)``.

    ``float16`` and ``bfloat16`` products are summed in ``float32`` and rounded once, as
    torch's CPU kernels do; integer products wrap around in the inputs' dtype, as in torch
    on the CPU.

    Args:
        a: tensor with at least 1 dimension.
        b: tensor with at least 1 dimension, of ``a``'s dtype and device.

    Returns:
        The product, in the dtype of ``a`` and ``b`` and on their device, shaped by the
        rules above.

    Raises:
        TypeError: non-tensor or non-dense (sparse, nested, quantized) arguments, different
            dtypes, or a dtype torch has no CPU matrix
            product for (``bool``, ``uint16``, ``uint32``, ``uint64``).
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
        ValueError: 0-d inputs, inner sizes that differ, batch dims that do not broadcast,
            or inputs on different devices.

    Examples:
        >>> matmul(torch.ones(2, 3), torch.ones(3)).shape
        torch.Size([2])
        >>> matmul(torch.ones(5, 1, 2, 3), torch.ones(4, 3, 6)).shape
        torch.Size([5, 4, 2, 6])
    """
    _args.tensor("matmul", "a", a)
    _args.tensor("matmul", "b", b)
    if a.dim() == 0 or b.dim() == 0:
        raise ValueError(
            f"matmul(): both arguments need at least 1 dimension, got {a.dim()}-d and {b.dim()}-d"
        )
    if a.dtype != b.dtype:
        raise TypeError(f"matmul(): a and b must have the same dtype, got {a.dtype} and {b.dtype}")
    if a.dtype == torch.bool or a.dtype in _args.WIDE_UNSIGNED:
        raise TypeError(f"matmul(): torch has no matrix product for {a.dtype}, got a and b of it")
    _args.same_device("matmul", [("a", a), ("b", b)])
    a2 = a.unsqueeze(0) if a.dim() == 1 else a
    b2 = b.unsqueeze(-1) if b.dim() == 1 else b
    if a2.size(-1) != b2.size(-2):
        raise ValueError(
            f"matmul(): inner sizes differ: a is {tuple(a.shape)}, b is {tuple(b.shape)} "
            f"({a2.size(-1)} != {b2.size(-2)})"
        )
    try:
        torch.broadcast_shapes(a2.shape[:-2], b2.shape[:-2])
    except RuntimeError:
        raise ValueError(
            f"matmul(): the batch dims of a {tuple(a2.shape[:-2])} and of b "
            f"{tuple(b2.shape[:-2])} do not broadcast"
        ) from None
    compute = torch.float32 if a.dtype in _HALF else a.dtype
    a2, b2 = a2.to(compute).unsqueeze(-1), b2.to(compute).unsqueeze(-3)
    # out[..., i, j] = sum_k a[..., i, k] * b[..., k, j]; an integer sum widens to int64,
    # and casting back wraps around exactly as the products would have in a.dtype
    out = _sum_of_products(a2, b2, [-2]).squeeze(-2)
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

    The computation follows torch's (without the ``opt_einsum`` package, which lets torch
    reorder three or more operands): take diagonals, lay every operand out over all
    letters (size 1 where a letter is missing), then combine the operands from left to
    right. Before each step a letter that only one operand still has is summed out of it
    alone; the pair is then multiplied and the letters no later operand needs are summed.
    That order decides the dtype of integer results: a letter summed out of a single
    operand widens ``int8``, ``int16``, ``int32``, ``uint8`` and ``bool`` to ``int64``
    (``einsum("i->", int8)`` is ``int64``), while a product of two operands keeps their
    dtype and wraps around, as torch does on the CPU (``einsum("i,i->", int8, int8)``
    stays ``int8``). Ellipsis
    (``...``) is not supported.

    Args:
        equation: subscripts, one comma-separated group per operand, optionally ``->``
            and the output subscripts.
        operands: the tensors, all of one dtype and on one device; a single list or tuple
            of tensors is accepted too, as in torch.

    Returns:
        A tensor with one dimension per output letter, on the operands' device, in the
        dtype ``torch.einsum`` gives (see above).

    Raises:
        TypeError: ``equation`` is not a str, an operand is not a dense tensor (sparse,
            nested and quantized ones are refused), dtypes differ,
            three or more operands of an integer dtype other than ``int64`` (torch's
            result then depends on the contraction order, which the ``opt_einsum`` package
            changes), or a step that torch's batched product refuses on the CPU (``bool``, or
            ``int64`` met with a narrower integer dtype).
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
        ValueError: ellipsis, no operand or a wrong operand count, bad letters, sizes that
            do not match, or operands on different devices.

    Examples:
        >>> a, b = torch.arange(6.0).reshape(2, 3), torch.ones(3, 2)
        >>> torch.equal(einsum("ij,jk->ik", a, b), a @ b)
        True
        >>> einsum("ii", torch.eye(3) * 2)  # implicit output: nothing left, the trace #zh: 隐式输出：没有字母留下，即求迹
        tensor(6.)
        >>> einsum("i->", torch.full((3,), 100, dtype=torch.int8))  # a sum widens to int64 #zh: 求和会扩宽为 int64
        tensor(300)
    """
    if not isinstance(equation, str):
        raise TypeError(f"einsum(): equation must be a str, got {type(equation).__name__}")
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    for i, op in enumerate(operands):
        _args.tensor("einsum", f"operands[{i}]", op)
    if not operands:
        raise ValueError("einsum(): at least one operand is needed, got none")
    if len({op.dtype for op in operands}) > 1:
        dtypes = ", ".join(str(op.dtype) for op in operands)
        raise TypeError(f"einsum(): operands must share one dtype, got {dtypes}")
    dtype = operands[0].dtype
    if len(operands) > 2 and not (dtype.is_floating_point or dtype.is_complex or dtype == torch.int64):
        raise TypeError(
            f"einsum(): three or more operands must be floating point, complex or int64, got "
            f"{dtype}: torch's result for it depends on the order it contracts them in"
        )
    _args.same_device("einsum", [(f"operands[{i}]", op) for i, op in enumerate(operands)])
    inputs, output = _parse(equation, operands)
    contracted = sorted(set("".join(inputs)) - set(output))  # upper case first, as in torch
    order = list(output) + contracted
    laid_out, counts = _lay_out(inputs, operands, order)
    first = len(output)  # dims from here on are summed
    if len(laid_out) == 1:
        if contracted:  # torch sums them in one call, which widens integers to int64
            return laid_out[0].sum(list(range(first, len(order))))
        return laid_out[0].clone()  # clone so the result owns its memory
    result = laid_out[0]
    for op in laid_out[1:]:
        result = _contract_pair(result, op, order, first, counts)
    return result.reshape(result.shape[:first])


def _parse(equation: str, operands: tuple[torch.Tensor, ...]) -> tuple[list[str], str]:
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
    for i, (subs, op) in enumerate(zip(inputs, operands)):
        if len(subs) != op.dim():
            raise ValueError(
                f"einsum(): operands[{i}] has {op.dim()} dimensions but subscripts {subs!r}"
            )
    return inputs, output


def _lay_out(
    inputs: list[str], operands: tuple[torch.Tensor, ...], order: list[str]
) -> tuple[list[torch.Tensor], dict[str, int]]:
    """Every operand over all letters in ``order``, and per letter how many have it non-1."""
    sizes: dict[str, int] = {}
    counts = dict.fromkeys(order, 0)
    laid_out = []
    for i, (subs, op) in enumerate(zip(inputs, operands)):
        op, subs = _take_diagonals(i, op, subs)
        for c, n in zip(subs, op.shape):
            if n != 1 and sizes.get(c, 1) not in (1, n):
                raise ValueError(
                    f"einsum(): letter {c!r} has sizes {sizes[c]} and {n}, which do not broadcast"
                )
            if n != 1:
                sizes[c] = n
                counts[c] += 1
        # permute to the global letter order, then insert size-1 dims for absent letters
        present = [c for c in order if c in subs]
        op = op.permute([subs.index(c) for c in present])
        own = iter(op.shape)
        laid_out.append(op.reshape([next(own) if c in subs else 1 for c in order]))
    return laid_out, counts


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


def _contract_pair(
    a: torch.Tensor, b: torch.Tensor, order: list[str], first: int, counts: dict[str, int]
) -> torch.Tensor:
    """One step of torch's left-to-right contraction; ``counts`` is updated in place."""
    shared, a_only, b_only = [], [], []
    for d in range(first, len(order)):
        c = order[d]
        if a.size(d) != 1 and b.size(d) != 1:
            counts[c] -= 1
            if counts[c] == 1:  # no later operand has c: sum it in this product
                shared.append(d)
                counts[c] = 0
        elif counts[c] == 1:  # only one of the pair has c and nobody else: sum it now
            if a.size(d) != 1:
                a_only.append(d)
                counts[c] = 0
            elif b.size(d) != 1:
                b_only.append(d)
                counts[c] = 0
    # a sum on its own widens integers to int64, as torch's does
    if a_only:
        a = a.sum(a_only, keepdim=True)
    if b_only:
        b = b.sum(b_only, keepdim=True)
    if not shared:
        return a * b  # torch multiplies element-wise here, with type promotion
    # torch runs this product through a batched matrix multiply; with nothing to multiply
    # that returns zeros in b's dtype at once, skipping the dtype checks below
    shape = list(torch.broadcast_shapes(a.shape, b.shape))
    if 0 in shape:
        for d in shared:
            shape[d] = 1
        return torch.zeros(shape, dtype=b.dtype, device=a.device)
    # otherwise it has no kernel for these dtypes and does not promote
    if a.dtype != b.dtype:
        raise TypeError(
            f"einsum(): torch.einsum's batched product would meet {a.dtype} and {b.dtype} here "
            f"(a letter summed out of one operand widened it to int64); pass int64 operands"
        )
    if a.dtype == torch.bool or a.dtype in _args.WIDE_UNSIGNED:
        raise TypeError(f"einsum(): torch.einsum cannot multiply-and-sum operands of {a.dtype}")
    compute = torch.float32 if a.dtype in _HALF else a.dtype
    # an integer product wraps around in its own dtype, as in torch's batched product
    return _sum_of_products(a.to(compute), b.to(compute), shared, dtype=compute).to(a.dtype)


# The broadcast product holds every term before the sum: (n, k, m) for an (n, k) @ (k, m)
# matmul. Summing it in slices of at most this many elements keeps a 4096 x 4096 product
# within memory instead of asking for a quarter of a terabyte.
_SLICE_ELEMENTS = 2**24


def _sum_of_products(
    a: torch.Tensor, b: torch.Tensor, dims: list[int], dtype: torch.dtype | None = None
) -> torch.Tensor:
    """``(a * b).sum(dims, keepdim=True)``, one slice of the first summed dim at a time."""
    shape = torch.broadcast_shapes(a.shape, b.shape)
    d = dims[0]
    kept = shape.numel() // max(shape[d], 1)  # elements of the product per index along d
    step = max(1, _SLICE_ELEMENTS // max(kept, 1))
    if shape[d] <= step:
        return (a * b).sum(dims, keepdim=True, dtype=dtype)
    total = None
    for start in range(0, shape[d], step):
        part = (_slice(a, d, start, step) * _slice(b, d, start, step)).sum(dims, keepdim=True, dtype=dtype)
        total = part if total is None else total + part
    return total


def _slice(t: torch.Tensor, d: int, start: int, length: int) -> torch.Tensor:
    # a broadcast (size-1) dim has nothing to slice: every slice of the product reuses it
    return t if t.size(d) == 1 else t.narrow(d, start, min(length, t.size(d) - start))
