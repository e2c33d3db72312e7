"""Shape: joining, splitting, squeezing, rearranging and padding tensors.

Reference implementations are tested equal to torch in ``tests/test_shape.py``.
"""

from __future__ import annotations

import math
import re

import torch

from torchnotes._checks import check_dim, check_int, check_tensor


def _check_tensor_list(fn: str, tensors: object) -> list[torch.Tensor]:
    if isinstance(tensors, torch.Tensor) or not isinstance(tensors, (list, tuple)):
        raise TypeError(
            f"{fn}(): tensors must be a list or tuple of tensors, got {type(tensors).__name__}"
        )
    if not tensors:
        raise ValueError(f"{fn}(): tensors must not be empty")
    for i, t in enumerate(tensors):
        check_tensor(fn, f"tensors[{i}]", t)
    return list(tensors)


def cat(tensors: list[torch.Tensor] | tuple[torch.Tensor, ...], dim: int = 0) -> torch.Tensor:
    """Reference ``torch.cat``: allocate the output, copy each input into its slice along ``dim``.

    All inputs need the same number of dimensions and the same size in every dimension
    except ``dim``; the output's ``dim`` is the sum of theirs. Mixed dtypes are promoted
    as in arithmetic (``int64`` with ``float32`` gives ``float32``). As in torch, 1-d empty
    tensors (shape ``(0,)``) are skipped, a legacy rule kept for compatibility, but
    their dtype still counts.

    Args:
        tensors: a non-empty list or tuple of tensors.
        dim: the dimension to join along; negative values count from the end.

    Returns:
        A new tensor of the promoted dtype whose ``dim`` is the sum of the inputs'.

    Raises:
        TypeError: ``tensors`` is not a list/tuple of tensors.
        ValueError: empty list, 0-d inputs, or sizes that do not match outside ``dim``.

    >>> cat([torch.ones(2, 2), torch.zeros(1, 2)]).shape
    torch.Size([3, 2])
    >>> cat([torch.tensor([1, 2]), torch.tensor([0.5])])
    tensor([1.0000, 2.0000, 0.5000])
    >>> cat([torch.ones(2, 3), torch.ones(2, 4)])
    Traceback (most recent call last):
        ...
    ValueError: cat(): tensors[1] has size 4 in dimension 1, expected 3; only dim=0 may differ
    """
    tensors = _check_tensor_list("cat", tensors)
    for i, t in enumerate(tensors):
        if t.dim() == 0:
            raise ValueError(
                f"cat(): tensors[{i}] is 0-d; zero-dimensional tensors cannot be "
                f"concatenated, unsqueeze(0) them or use stack()"
            )
    # the skipped legacy empties still take part in dtype promotion, as in torch
    dtype = tensors[0].dtype
    for t in tensors[1:]:
        dtype = torch.promote_types(dtype, t.dtype)
    kept = [(i, t) for i, t in enumerate(tensors) if not (t.dim() == 1 and t.numel() == 0)]
    kept = kept or [(0, tensors[0])]
    ref = kept[0][1]
    dim = check_dim("cat", "dim", dim, ref.dim())
    for i, t in kept:
        if t.dim() != ref.dim():
            raise ValueError(
                f"cat(): tensors[{i}] has {t.dim()} dimensions, expected {ref.dim()} like the first"
            )
        for d in range(ref.dim()):
            if d != dim and t.size(d) != ref.size(d):
                raise ValueError(
                    f"cat(): tensors[{i}] has size {t.size(d)} in dimension {d}, expected "
                    f"{ref.size(d)}; only dim={dim} may differ"
                )
    shape = list(ref.shape)
    shape[dim] = sum(t.size(dim) for _, t in kept)
    out = torch.empty(shape, dtype=dtype)
    offset = 0
    for _, t in kept:
        out.narrow(dim, offset, t.size(dim)).copy_(t)
        offset += t.size(dim)
    return out


def stack(tensors: list[torch.Tensor] | tuple[torch.Tensor, ...], dim: int = 0) -> torch.Tensor:
    """Reference ``torch.stack``: give every input a new size-1 dimension, then :func:`cat`.

    Unlike ``cat``, every input must have exactly the same shape, and the output has one
    more dimension: ``n`` tensors of shape ``(a, b)`` stack to ``(n, a, b)`` with ``dim=0``.

    Args:
        tensors: a non-empty list or tuple of tensors of equal shape.
        dim: where the new dimension goes, in ``[-(ndim + 1), ndim]``.

    Returns:
        A new tensor with one more dimension than the inputs, of size ``len(tensors)``.

    Raises:
        TypeError: ``tensors`` is not a list/tuple of tensors.
        ValueError: empty list or shapes that differ.

    >>> stack([torch.ones(2, 3), torch.zeros(2, 3)]).shape
    torch.Size([2, 2, 3])
    >>> stack([torch.ones(2, 3), torch.zeros(2, 3)], dim=-1).shape
    torch.Size([2, 3, 2])
    """
    tensors = _check_tensor_list("stack", tensors)
    for i, t in enumerate(tensors):
        if t.shape != tensors[0].shape:
            raise ValueError(
                f"stack(): tensors[{i}] has shape {tuple(t.shape)}, expected "
                f"{tuple(tensors[0].shape)}; stack needs equal shapes (cat joins unequal ones)"
            )
    # the new dimension may also go after the last one, hence ndim + 1
    dim = check_dim("stack", "dim", dim, tensors[0].dim() + 1)
    return cat([t.unsqueeze(dim) for t in tensors], dim)


def split_sizes(
    length: int, split_size_or_sections: int | list[int] | tuple[int, ...]
) -> list[int]:
    """The piece lengths ``torch.split`` cuts a dimension of ``length`` into.

    An int ``n`` gives pieces of ``n`` with a shorter last piece; a list gives exactly
    those lengths, which must add up to ``length``.

    Args:
        length: size of the dimension being split, ``>= 0``.
        split_size_or_sections: a piece size ``>= 1``, or a list/tuple of lengths ``>= 0``.

    Returns:
        The length of each piece, in order (``[0]`` for an empty dimension and an int).

    Raises:
        TypeError: wrong argument types.
        ValueError: a non-positive piece size, a negative section, or sections that do not
            sum to ``length``.

    >>> split_sizes(10, 4)
    [4, 4, 2]
    >>> split_sizes(10, [3, 7])
    [3, 7]
    """
    check_int("split_sizes", "length", length, minimum=0)
    if isinstance(split_size_or_sections, (list, tuple)):
        sections = list(split_size_or_sections)
        for i, n in enumerate(sections):
            check_int("split_sizes", f"split_size_or_sections[{i}]", n, minimum=0)
        if sum(sections) != length:
            raise ValueError(
                f"split_sizes(): sections {sections} sum to {sum(sections)}, expected the "
                f"dimension's length {length}"
            )
        return sections
    size = check_int("split_sizes", "split_size_or_sections", split_size_or_sections, minimum=1)
    if length == 0:
        return [0]  # torch returns one empty piece
    return [size] * (length // size) + ([length % size] if length % size else [])


def chunk_sizes(length: int, chunks: int) -> list[int]:
    """The piece lengths ``torch.chunk`` cuts a dimension of ``length`` into.

    Each piece gets ``ceil(length / chunks)`` elements and the last takes the rest, so
    there can be *fewer* than ``chunks`` pieces: 6 into 4 gives ``[2, 2, 2]``.
    ``torch.tensor_split`` is the variant that always returns exactly ``chunks`` pieces.

    Args:
        length: size of the dimension, ``>= 0``.
        chunks: requested number of pieces, ``>= 1``.

    Returns:
        The length of each piece; there are at most ``chunks`` of them.

    Raises:
        TypeError: non-int arguments.
        ValueError: ``chunks < 1`` or ``length < 0``.

    >>> chunk_sizes(6, 4)
    [2, 2, 2]
    >>> chunk_sizes(7, 3)
    [3, 3, 1]
    """
    check_int("chunk_sizes", "length", length, minimum=0)
    check_int("chunk_sizes", "chunks", chunks, minimum=1)
    if length == 0:
        return [0] * chunks  # torch hands back that many empty pieces
    return split_sizes(length, -(-length // chunks))


def squeeze(
    x: torch.Tensor, dim: int | tuple[int, ...] | list[int] | None = None
) -> torch.Tensor:
    """Reference ``torch.squeeze``: drop dimensions of size 1 (all of them, or those in ``dim``).

    A listed dimension whose size is not 1 is left alone silently, not an error. A tuple
    (or list) of dims is accepted since torch 2.0. Only size-1 dimensions go, so the data
    order never changes and the result is a view of ``x``.

    Args:
        x: the tensor.
        dim: ``None`` for every size-1 dimension, or one dim / a tuple of dims to try;
            negative values count from the end.

    Returns:
        A view of ``x`` without the chosen size-1 dimensions.

    Raises:
        TypeError: ``x`` is not a tensor or ``dim`` is not an int/tuple of ints.
        ValueError: a dim out of range or listed twice.

    >>> squeeze(torch.zeros(1, 3, 1)).shape
    torch.Size([3])
    >>> squeeze(torch.zeros(1, 3, 1), dim=(0, 1)).shape  # dim 1 has size 3: kept
    torch.Size([3, 1])
    >>> squeeze(torch.zeros(1, 3), dim=(0, -2))
    Traceback (most recent call last):
        ...
    ValueError: squeeze(): dim (0, -2) lists dimension 0 twice
    """
    check_tensor("squeeze", "x", x)
    if dim is None:
        drop = {d for d in range(x.dim()) if x.size(d) == 1}
    else:
        raw = tuple(dim) if isinstance(dim, (tuple, list)) else (dim,)
        dims = [check_dim("squeeze", "dim", d, x.dim()) for d in raw]
        for d in dims:
            if dims.count(d) > 1:
                raise ValueError(f"squeeze(): dim {dim} lists dimension {d} twice")
        # a 0-d tensor accepts dim 0 / -1 but has nothing to drop
        drop = {d for d in dims if x.dim() and x.size(d) == 1}
    # removing size-1 dims keeps every element's row-major position, so a view suffices
    return x.view([n for d, n in enumerate(x.shape) if d not in drop])


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
        tensor: the input.
        pattern: ``"left -> right"``, space-separated names and ``(groups)``; both sides
            must use the same names. No ``...``, numbers or ``()``.
        **axes_lengths: sizes of axes that cannot be inferred from the input's shape.

    Returns:
        The rearranged tensor (a view when ``reshape`` can give one, as in einops).

    Raises:
        TypeError: ``tensor`` is not a tensor or ``pattern`` not a str.
        ValueError: unsupported syntax, mismatched names, or sizes that do not fit.

    >>> x = torch.arange(24).reshape(2, 3, 4)
    >>> rearrange(x, "b c n -> b n c").shape
    torch.Size([2, 4, 3])
    >>> rearrange(x, "b (h w) c -> b c h w", h=3).shape
    torch.Size([2, 4, 3, 1])
    >>> rearrange(x, "b c n -> b (c n)").shape
    torch.Size([2, 12])
    >>> rearrange(x, "b ... -> b")
    Traceback (most recent call last):
        ...
    ValueError: rearrange(): unsupported token '...' in 'b ... -> b'; this reference handles named axes and (groups) only, no '...', numbers or anonymous axes
    """
    check_tensor("rearrange", "tensor", tensor)
    if not isinstance(pattern, str):
        raise TypeError(f"rearrange(): pattern must be a str, got {type(pattern).__name__}")
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
    for name, n in axes_lengths.items():
        if name not in left_axes:
            raise ValueError(f"rearrange(): axis {name}={n} is not in {pattern!r}")
        check_int("rearrange", name, n, minimum=1)
    sizes: dict[str, int] = {}
    for group, size in zip(left, tensor.shape):
        unknown = [a for a in group if a not in axes_lengths]
        known = math.prod(axes_lengths[a] for a in group if a in axes_lengths)
        if len(unknown) > 1:
            raise ValueError(
                f"rearrange(): cannot infer {unknown} in group ({' '.join(group)}); give all "
                f"but one of them as keywords"
            )
        if (size % known != 0) if unknown else (size != known):
            raise ValueError(
                f"rearrange(): group ({' '.join(group)}) has size {size}, which does not fit "
                f"the given lengths {[axes_lengths.get(a) for a in group]}"
            )
        for a in group:
            sizes[a] = axes_lengths[a] if a in axes_lengths else size // known
    elementary = tensor.reshape([sizes[a] for a in left_axes])
    moved = elementary.permute([left_axes.index(a) for a in right_axes])
    return moved.reshape([math.prod(sizes[a] for a in g) for g in right])


def pad(x: torch.Tensor, pad: tuple[int, ...] | list[int], value: float = 0.0) -> torch.Tensor:
    """Reference ``F.pad`` in constant mode: the pad tuple starts with the LAST dimension.

    ``pad = (left, right)`` pads the last dimension, ``(left, right, top, bottom)`` the last
    two, and so on backwards. Negative amounts crop instead of padding.

    Args:
        x: the tensor.
        pad: an even-length sequence of ints, at most ``2 * x.dim()`` long.
        value: the fill value, converted to ``x``'s dtype (``0.5`` becomes ``0`` for ints).

    Returns:
        A new tensor of ``x``'s dtype, each dimension grown by its two pad amounts.

    Raises:
        TypeError: ``x`` is not a tensor or ``pad`` is not a sequence of ints.
        ValueError: odd or too long ``pad``, cropping below size 0, or a ``value`` that
            does not fit the dtype.

    >>> pad(torch.ones(2, 2), (1, 0, 0, 1))  # last dim: 1 left; first dim: 1 bottom
    tensor([[0., 1., 1.],
            [0., 1., 1.],
            [0., 0., 0.]])
    """
    check_tensor("pad", "x", x)
    if not isinstance(pad, (tuple, list)) or not all(
        isinstance(p, int) and not isinstance(p, bool) for p in pad
    ):
        raise TypeError(f"pad(): pad must be a tuple of ints, got {pad!r}")
    if len(pad) % 2 or len(pad) > 2 * x.dim():
        raise ValueError(
            f"pad(): pad must have an even length of at most 2 * x.dim() = {2 * x.dim()}, "
            f"got {len(pad)}"
        )
    before = [0] * x.dim()
    after = [0] * x.dim()
    for i in range(len(pad) // 2):
        before[x.dim() - 1 - i], after[x.dim() - 1 - i] = pad[2 * i], pad[2 * i + 1]
    for d, (n, b, a) in enumerate(zip(x.shape, before, after)):
        if max(-b, 0) + max(-a, 0) > n:
            raise ValueError(
                f"pad(): pad {tuple(pad)} crops {max(-b, 0) + max(-a, 0)} from dimension {d} "
                f"of size {n}; negative pads may remove at most the whole dimension"
            )
    shape = [n + b + a for n, b, a in zip(x.shape, before, after)]
    try:
        out = torch.full(shape, value, dtype=x.dtype)
    except RuntimeError:
        raise ValueError(f"pad(): value {value!r} does not fit dtype {x.dtype}") from None
    # where the kept part of x starts in x (cropping) and in out (padding)
    src = [slice(max(-b, 0), n - max(-a, 0)) for n, b, a in zip(x.shape, before, after)]
    dst = [slice(max(b, 0), max(b, 0) + max(s.stop - s.start, 0)) for b, s in zip(before, src)]
    if all(s.stop > s.start for s in src):
        out[tuple(dst)] = x[tuple(src)]
    return out
