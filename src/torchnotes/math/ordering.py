"""Ordering: a stable ``sort`` and the ``topk`` built on it."""

from __future__ import annotations

import builtins
import math

import torch

from torchnotes.math import _args

__all__ = ["sort", "topk"]

#: ``sort`` orders every value with Python's ``sorted``: more values than this would take
#: minutes and gigabytes (an expanded tensor can have 2**40 of them in one element's memory),
#: so they are refused at once instead.
MAX_ELEMENTS = 2**24


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
        ``(values, indices)`` shaped like ``x`` and on ``x``'s device, with
        ``values == x.gather(dim, indices)``.

    Raises:
        TypeError: ``x`` is not a dense tensor (sparse, nested and quantized ones are
            refused) or is complex (complex numbers have no order),
            ``dim`` is not an int, or ``descending`` is not a bool.
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
        ValueError: ``dim`` is out of range, or ``x`` has more than ``MAX_ELEMENTS``
            (``2**24``) elements on a device with values.

    Examples:
        >>> x = torch.tensor([3.0, float("nan"), 1.0, 3.0])
        >>> sort(x)
        (tensor([1., 3., 3., nan]), tensor([2, 0, 3, 1]))
        >>> sort(x, descending=True)  # the two 3s stay in their original order #zh: 两个 3 保持原来的先后顺序
        (tensor([nan, 3., 3., 1.]), tensor([1, 0, 3, 2]))
    """
    _args.tensor("sort", "x", x)
    if x.is_complex():
        raise TypeError(f"sort(): x must be real, complex numbers have no order, got {x.dtype}")
    d = _args.dim("sort", "dim", dim, x.dim())
    _args.flag("sort", "descending", descending)
    if x.device.type == "meta":  # no values to compare: only the shapes exist
        return torch.empty_like(x), torch.empty(x.shape, dtype=torch.int64, device=x.device)
    _check_size("sort", x)
    if x.numel() <= 1 or x.size(d) <= 1:  # nothing to reorder
        return x.clone(), torch.zeros(x.shape, dtype=torch.int64, device=x.device)
    rows = x.movedim(d, -1).reshape(-1, x.size(d))  # one row per 1-d slice along dim
    order = []
    for row in rows.tolist():
        keys = [(math.isnan(v), v) for v in row]
        order.append(builtins.sorted(range(len(row)), key=keys.__getitem__, reverse=descending))
    indices = torch.tensor(order, dtype=torch.int64, device=x.device)
    indices = indices.reshape(x.movedim(d, -1).shape).movedim(-1, d)
    return x.gather(d, indices), indices


def _check_size(fn: str, x: torch.Tensor) -> None:
    if x.device.type != "meta" and x.numel() > MAX_ELEMENTS:
        raise ValueError(
            f"{fn}(): x has {x.numel()} elements; this reference sorts them one by one in "
            f"Python and takes at most MAX_ELEMENTS = {MAX_ELEMENTS}"
        )


def topk(
    x: torch.Tensor, k: int, dim: int = -1, largest: bool = True, sorted: bool = True
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``torch.topk``: the first ``k`` entries of a stable :func:`sort`.

    Returns values *and* indices. NaN counts as the largest value. Which of several tied
    entries torch returns is not specified; this reference returns the earliest. It always
    returns the entries in sorted order, which ``sorted=False`` allows but does not require.

    Args:
        x: a real, non-bool tensor.
        k: how many entries, ``0 <= k <= x.size(dim)`` (a 0-d tensor counts as size 1).
        dim: the dimension to search; negative values count from the end.
        largest: the largest entries, or with ``False`` the smallest.
        sorted: accepted for signature parity; see above.

    Returns:
        ``(values, indices)`` with ``x``'s shape except ``size(dim) == k``, on ``x``'s device.

    Raises:
        TypeError: ``x`` is not a dense tensor (sparse, nested and quantized ones are
            refused) or is bool, complex, ``uint16``, ``uint32`` or
            ``uint64`` (torch refuses them all on the CPU), ``k`` or
            ``dim`` is not an int, or ``largest``/``sorted`` is not a bool.
            A dtype torch has few or no kernels for (float8, float4, ``complex32``, bits and
            sub-byte integers) is refused too.
        ValueError: ``k`` is negative or larger than the dimension, ``dim`` is out of range,
            or ``x`` has more than ``MAX_ELEMENTS`` (``2**24``) elements, as in :func:`sort`.

    Examples:
        >>> x = torch.tensor([1, 9, 4, 7])
        >>> topk(x, k=2)
        (tensor([9, 7]), tensor([1, 3]))
        >>> topk(x, k=2, largest=False)
        (tensor([1, 4]), tensor([0, 2]))
    """
    _args.tensor("topk", "x", x)
    if x.dtype == torch.bool or x.is_complex() or x.dtype in _args.WIDE_UNSIGNED:
        raise TypeError(
            f"topk(): x must be a real, non-bool tensor of a dtype torch.topk supports, got {x.dtype}"
        )
    k = _args.index("topk", "k", k, minimum=0)
    d = _args.dim("topk", "dim", dim, x.dim())
    _args.flag("topk", "largest", largest)
    _args.flag("topk", "sorted", sorted)
    size = x.size(d) if x.dim() else 1
    if k > size:
        raise ValueError(f"topk(): k must be <= {size}, the size of dim={dim}, got {k}")
    _check_size("topk", x)
    values, indices = sort(x, dim=d, descending=largest)
    if x.dim() == 0:
        return values, indices
    return values.narrow(d, 0, k), indices.narrow(d, 0, k)
