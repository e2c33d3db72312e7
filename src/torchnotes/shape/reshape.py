"""Changing dimensions without touching the data order: ``torch.squeeze`` and ``einops.rearrange``."""

from __future__ import annotations

import math
import re

import torch

from torchnotes.shape._args import as_dim, as_int, dense, describe

__all__ = ["rearrange", "squeeze"]


def squeeze(
    x: torch.Tensor, dim: int | tuple[int, ...] | list[int] | None = None
) -> torch.Tensor:
    """Reference ``torch.squeeze``: drop dimensions of size 1 (all of them, or those in ``dim``).

    A listed dimension whose size is not 1 is left alone silently, not an error. A tuple of
    dims is accepted since torch 2.0. A size-1 dimension is never stepped
    along, so dropping its size and stride moves no element: the result is a view of ``x``
    with the other dimensions' sizes and strides.

    Args:
        x: a dense tensor.
        dim: ``None`` for every size-1 dimension, or one dim / a tuple or list of dims to
            try; negative values count from the end. Python and NumPy integers and 0-d
            integer tensors are accepted, as in torch.

    Returns:
        A view of ``x`` without the chosen size-1 dimensions.

    Raises:
        TypeError: ``x`` is not a dense tensor or ``dim`` is not an int or a tuple/list
            of ints.
        ValueError: a dim out of range or listed twice.

    Examples:
        >>> squeeze(torch.zeros(1, 3, 1)).shape
        torch.Size([3])
        >>> squeeze(torch.zeros(1, 3, 1), dim=(0, 1)).shape  # dim 1 has size 3: kept #zh: 第 1 维长度为 3，保留
        torch.Size([3, 1])
        >>> squeeze(torch.zeros(1, 3), dim=(0, -2))
        Traceback (most recent call last):
            ...
        ValueError: squeeze(): dim (0, -2) lists dimension 0 twice
    """
    dense("squeeze", "x", x)
    if dim is None:
        drop = {d for d in range(x.dim()) if x.size(d) == 1}
    else:
        many = isinstance(dim, (tuple, list))
        raw = list(dim) if many else [dim]
        dims = [
            as_dim("squeeze", f"dim[{i}]" if many else "dim", d, x.dim())
            for i, d in enumerate(raw)
        ]
        for d in dims:
            if dims.count(d) > 1:
                raise ValueError(f"squeeze(): dim {dim} lists dimension {d} twice")
        # a 0-d tensor accepts dim 0 / -1 but has nothing to drop
        drop = {d for d in dims if x.dim() and x.size(d) == 1}
    # a size-1 dimension is never stepped along, so dropping its size and stride leaves
    # every element where it is: the other dimensions keep their sizes and strides
    keep = [d for d in range(x.dim()) if d not in drop]
    return x.as_strided([x.size(d) for d in keep], [x.stride(d) for d in keep], x.storage_offset())


_AXIS = re.compile(r"[()]|[^\s()]+")


def _parse_side(fn: str, pattern: str, side: str) -> list[list[str]]:
    groups: list[list[str]] = []
    current: list[str] | None = None
    for token in _AXIS.findall(side):
        if token == "(":
            if current is not None:
                raise ValueError(f"{fn}(): nested parentheses are not supported in {pattern!r}")
            current = []
        elif token == ")":
            if current is None:
                raise ValueError(f"{fn}(): unbalanced ')' in {pattern!r}")
            groups.append(current)
            current = None
        elif _is_axis_name(token):
            if current is not None:
                current.append(token)
            else:
                groups.append([token])
        else:
            raise ValueError(
                f"{fn}(): unsupported token {token!r} in {pattern!r}; this reference handles "
                f"named axes and (groups) only, no '...', numbers or anonymous axes"
            )
    if current is not None:
        raise ValueError(f"{fn}(): unbalanced '(' in {pattern!r}")
    return groups


def _is_axis_name(token: str) -> bool:
    # einops keeps leading/trailing "_" for anonymous axes, so names may not use them
    return token.isidentifier() and not token.startswith("_") and not token.endswith("_")


def rearrange(tensor: torch.Tensor, pattern: str, **axes_lengths: int) -> torch.Tensor:
    """Reference ``einops.rearrange`` for named axes and groups, built from reshape + permute.

    ``"b c h w -> b h w c"`` is one ``permute``; ``"b (h w) c -> b c h w"`` first splits
    ``(h w)`` with a ``reshape`` (``h`` or ``w`` given as a keyword), then permutes;
    ``"b c h w -> b (c h w)"`` permutes (here: nothing) and merges with a ``reshape``.
    Every rearrange is this chain: reshape to the elementary axes, permute them into the
    output order, reshape into the output groups.

    Args:
        tensor: a dense tensor.
        pattern: ``"left -> right"``, space-separated names and ``(groups)``; both sides
            must use the same names. No ``...``, numbers or ``()``.
        axes_lengths: sizes of axes that cannot be inferred from the input's shape,
            each an int ``>= 1`` (Python or NumPy integer, or a 0-d integer tensor).

    Returns:
        The rearranged tensor.

    Raises:
        TypeError: ``tensor`` is not a dense tensor, ``pattern`` not a str, or a length
            not an int (a bool or float is refused).
        ValueError: unsupported syntax, mismatched names, or sizes that do not fit.

    Examples:
        >>> x = torch.arange(24).reshape(2, 3, 4)
        >>> rearrange(x, "b c n -> b n c").shape
        torch.Size([2, 4, 3])
        >>> rearrange(x, "b (h w) c -> b c h w", h=3).shape  # w is inferred: 3 // 3 #zh: w 由 3 // 3 推出
        torch.Size([2, 4, 3, 1])
        >>> rearrange(x, "b c n -> b (c n)").shape
        torch.Size([2, 12])
        >>> rearrange(x, "b ... -> b")
        Traceback (most recent call last):
            ...
        ValueError: rearrange(): unsupported token '...' in 'b ... -> b'; this reference handles named axes and (groups) only, no '...', numbers or anonymous axes
    """
    dense("rearrange", "tensor", tensor)
    if not isinstance(pattern, str):
        raise TypeError(f"rearrange(): pattern must be a str, got {describe(pattern)}")
    if pattern.count("->") != 1:
        raise ValueError(f"rearrange(): pattern must contain one '->', got {pattern!r}")
    left_text, right_text = pattern.split("->")
    left = _parse_side("rearrange", pattern, left_text)
    right = _parse_side("rearrange", pattern, right_text)
    left_axes = [a for g in left for a in g]
    right_axes = [a for g in right for a in g]
    if any(not g for g in left + right):
        raise ValueError(f"rearrange(): empty group '()' is not supported in {pattern!r}")
    if len(set(left_axes)) != len(left_axes) or sorted(left_axes) != sorted(right_axes):
        raise ValueError(
            f"rearrange(): both sides of {pattern!r} must name the same axes once each, "
            f"got {left_axes} and {right_axes}"
        )
    if len(left) != tensor.dim():
        raise ValueError(
            f"rearrange(): {pattern!r} describes {len(left)} dimensions, the tensor has "
            f"{tensor.dim()} (shape {tuple(tensor.shape)})"
        )
    lengths: dict[str, int] = {}
    for name, n in axes_lengths.items():
        if name not in left_axes:
            raise ValueError(f"rearrange(): axis {name}={n!r} is not in {pattern!r}")
        lengths[name] = as_int("rearrange", name, n, minimum=1)
        if lengths[name] >= 2**63:  # no dimension is that long: torch sizes are int64
            raise ValueError(f"rearrange(): {name} must be < 2**63, got {lengths[name]}")
    sizes: dict[str, int] = {}
    for group, size in zip(left, tensor.shape):
        unknown = [a for a in group if a not in lengths]
        known = math.prod(lengths[a] for a in group if a in lengths)
        if len(unknown) > 1:
            raise ValueError(
                f"rearrange(): cannot infer {unknown} in group ({' '.join(group)}); give all "
                f"but one of them as keywords"
            )
        if (size % known != 0) if unknown else (size != known):
            raise ValueError(
                f"rearrange(): group ({' '.join(group)}) has size {size}, which does not fit "
                f"the given lengths {[lengths.get(a) for a in group]}"
            )
        for a in group:
            sizes[a] = lengths[a] if a in lengths else size // known
    elementary = tensor.reshape([sizes[a] for a in left_axes])
    moved = elementary.permute([left_axes.index(a) for a in right_axes])
    return moved.reshape([math.prod(sizes[a] for a in g) for g in right])
