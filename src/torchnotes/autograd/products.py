"""backward as a vector-Jacobian product, spelled out with the full Jacobian."""

from __future__ import annotations

from collections.abc import Callable

import torch

from torchnotes._checks import (
    FIRSTS_DEVICE_MESSAGE,
    check_bool,
    check_same_device,
    check_tensor,
)

# The reference runs one backward pass per output element; beyond this many it would
# take minutes where torch.autograd.grad takes one pass, so it refuses instead.
_MAX_ROWS = 2**16
# The Jacobian is built whole (f(x).numel() rows of x.numel() entries); beyond this many
# entries it would take gigabytes where torch.autograd.grad needs none of it.
_MAX_ENTRIES = 2**28
_DTYPES = (torch.float32, torch.float64)
# What f(x) may be: the real floating dtypes torch's autograd differentiates on the CPU.
_OUT_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)
# What v may be: it is cast to f(x)'s dtype, as torch does (float8, sub-byte and bits
# dtypes cannot be cast or promoted).
_V_DTYPES = _OUT_DTYPES + (
    torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
    torch.uint16, torch.uint32, torch.uint64,
)


def vjp(
    f: Callable[[torch.Tensor], torch.Tensor],
    x: torch.Tensor,
    v: torch.Tensor,
    *,
    create_graph: bool = False,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``torch.autograd.functional.vjp``: ``v`` times the Jacobian of ``f`` at ``x``.

    ``y.backward(v)`` never builds the Jacobian ``J`` (``y.numel()`` rows, ``x.numel()``
    columns); it pushes ``v`` backwards through the graph and lands on ``vᵀJ``. This
    reference does the slow thing instead: one backward pass per output element gives one
    row of ``J``, and ``vᵀJ`` is their weighted sum. Equal results show that backward is
    exactly a vector-Jacobian product; with ``v = 1`` for a scalar loss it is the
    gradient. ``create_graph=True`` records the backward passes too, so the result can be
    differentiated again (second derivatives, Hessian-vector products). An output that
    does not depend on ``x`` contributes zeros, as in torch.

    Args:
        f: a function of one tensor that returns one tensor.
        x: a float32 or float64 tensor; ``f`` is differentiated at this point. With
            ``create_graph=True`` and ``x.requires_grad``, the result stays connected to
            ``x``'s graph; otherwise ``f`` sees a detached copy of ``x``.
        v: a tensor with the shape of ``f(x)`` and on its device (cast to its dtype).
        create_graph: record the backward passes so that the result is differentiable.

    Returns:
        ``(f(x), vᵀJ)``: the output and a tensor shaped like ``x``. Both are detached
        unless ``create_graph`` is true.

    Raises:
        TypeError: ``f`` is not callable or does not return a strided float16,
            bfloat16, float32 or float64 tensor, ``x`` or ``v`` is not a tensor, ``v`` is
            complex, sparse or of a dtype torch cannot cast, ``x`` is not float32/float64
            (the dtypes the reference is proven on), or ``create_graph`` is not a bool.
        ValueError: ``v`` does not have the shape or device of ``f(x)``, ``f(x)`` has
            more than 2**16 elements (one backward pass each), the Jacobian has more than
            2**28 entries, ``f(x)`` is a meta tensor while ``x`` is not, or ``x`` is an
            inference tensor outside ``torch.inference_mode()``.

    Examples:
        >>> x = torch.tensor([1.0, 2.0, 3.0])
        >>> y, g = vjp(lambda t: t ** 2, x, torch.tensor([1.0, 0.0, 0.5]))
        >>> y
        tensor([1., 4., 9.])
        >>> g  # v times the diagonal Jacobian 2x #zh: v 乘以对角雅可比矩阵 2x
        tensor([2., 0., 3.])
        >>> x = torch.tensor(3.0, requires_grad=True)
        >>> _, g = vjp(lambda t: t ** 3, x, torch.tensor(1.0), create_graph=True)
        >>> torch.autograd.grad(g, x)  # second derivative 6x #zh: 二阶导数 6x
        (tensor(18.),)
    """
    if not callable(f):
        raise TypeError(f"vjp(): f must be callable, got {type(f).__name__}")
    check_tensor("vjp", "x", x)
    check_tensor("vjp", "v", v)
    if x.layout != torch.strided or x.is_nested or x.dtype not in _DTYPES:
        raise TypeError(
            f"vjp(): x must be a strided float32 or float64 tensor (the dtypes this reference "
            f"is proven on), got {x.dtype} with layout {x.layout}" + (" (nested)" if x.is_nested else "")
        )
    check_bool("vjp", "create_graph", create_graph)
    if x.is_inference() and not torch.is_inference_mode_enabled():
        raise ValueError(
            "vjp(): x is an inference tensor; outside torch.inference_mode() autograd cannot "
            "record through it (torch's vjp fails too), so clone it first"
        )
    if x.numel() > _MAX_ENTRIES:  # checked before f runs: f alone might take minutes
        raise ValueError(
            f"vjp(): x has {x.numel()} elements; this reference builds the Jacobian whole and "
            f"accepts at most {_MAX_ENTRIES} entries"
        )
    if create_graph and x.requires_grad:
        x_in = x.view_as(x)  # keeps the caller's graph, so second derivatives reach x
    else:
        x_in = x.detach().requires_grad_(True)
    with torch.enable_grad():  # the whole reference records, whatever the caller's mode
        return _vjp(f, x, x_in, v, create_graph)


def _vjp(f, x, x_in, v, create_graph):
    y = f(x_in)
    if not isinstance(y, torch.Tensor):
        raise TypeError(f"vjp(): f must return a tensor, got {type(y).__name__}")
    if y.dtype not in _OUT_DTYPES or y.layout != torch.strided or y.is_nested:
        layout = "" if y.layout == torch.strided and not y.is_nested else (
            " (nested)" if y.is_nested else f" with layout {y.layout}")
        raise TypeError(
            f"vjp(): f(x) must be a strided real floating-point tensor (the case this reference "
            f"is proven on), got {y.dtype}{layout}"
        )
    if v.is_complex():
        raise TypeError(f"vjp(): v must be real for a real f(x), got {v.dtype}")
    if v.dtype not in _V_DTYPES or v.is_nested:
        raise TypeError(f"vjp(): v must be a real tensor torch can cast to f(x)'s dtype, got {v.dtype}"
                        + (" (nested)" if v.is_nested else ""))
    if v.layout != torch.strided:  # torch answers a sparse v with a sparse product
        raise TypeError(
            f"vjp(): v must be a strided tensor (torch's result follows a sparse v, this "
            f"reference's does not), got layout {v.layout}"
        )
    if v.shape != y.shape:
        raise ValueError(
            f"vjp(): v must have the shape of f(x), {tuple(y.shape)}, got {tuple(v.shape)}"
        )
    check_same_device("vjp", [("f(x)", y), ("v", v)], message=FIRSTS_DEVICE_MESSAGE)
    if y.is_meta and not x.is_meta:
        raise ValueError("vjp(): f(x) is a meta tensor but x holds values; backward cannot copy out of meta")
    if y.numel() > _MAX_ROWS:
        raise ValueError(
            f"vjp(): f(x) has {y.numel()} elements; this reference runs one backward pass per "
            f"element and accepts at most {_MAX_ROWS}"
        )
    if y.numel() * x.numel() > _MAX_ENTRIES:
        raise ValueError(
            f"vjp(): the Jacobian of f at x has {y.numel()} x {x.numel()} entries; this "
            f"reference builds it whole and accepts at most {_MAX_ENTRIES}"
        )
    v = v.to(y.dtype)
    flat = y.reshape(-1)
    rows = []
    for i in range(flat.numel()):  # row i of J: the gradient of y[i] alone
        row = None
        if flat.requires_grad:
            (row,) = torch.autograd.grad(
                flat[i], x_in, retain_graph=True, create_graph=create_graph, allow_unused=True
            )
        rows.append(torch.zeros_like(x) if row is None else row)
    if rows:
        jacobian = torch.stack(rows).reshape(flat.numel(), -1)
        product = (v.reshape(-1, 1) * jacobian).sum(0).reshape(x.shape)
    else:
        product = torch.zeros_like(x)
    if not create_graph:
        return y.detach(), product.detach()
    return y, product
