"""Cutting a dimension into pieces: the lengths ``torch.split`` and ``torch.chunk`` produce."""

from __future__ import annotations

from torchnotes.shape._args import as_int, describe

__all__ = ["chunk_sizes", "split_sizes"]

# The lengths come back as a Python list; a count this large is a mistake, not a request,
# and refusing it at once beats building a list that exhausts memory.
MAX_PIECES = 2**24


def _check_count(fn: str, count: int, why: str) -> None:
    if count > MAX_PIECES:
        raise ValueError(
            f"{fn}(): {why} gives {count} pieces; this reference lists at most "
            f"{MAX_PIECES} piece lengths"
        )


def _pieces(fn: str, length: int, size: int) -> list[int]:
    if length == 0:
        return [0]  # torch returns one empty piece, whatever the size
    _check_count(fn, -(-length // size), f"length {length} in pieces of {size}")
    return [size] * (length // size) + ([length % size] if length % size else [])


def split_sizes(
    length: int, split_size_or_sections: int | list[int] | tuple[int, ...]
) -> list[int]:
    """The piece lengths ``torch.split`` cuts a dimension of ``length`` into.

    An int ``n`` gives pieces of ``n`` with a shorter last piece; a list gives exactly
    those lengths, which must add up to ``length``. As in torch, a piece size of 0 is
    allowed only for a dimension of length 0.

    Args:
        length: size of the dimension being split, ``>= 0``.
        split_size_or_sections: a piece size, or a list/tuple of lengths ``>= 0``. Python
            and NumPy integers and 0-d integer tensors count as ints (``torch.split``
            itself raises a ``TypeError`` for a NumPy integer piece size).

    Returns:
        The length of each piece, in order (``[0]`` for an empty dimension and an int).

    Raises:
        TypeError: an argument (or a section) that is not an int; bools and floats are
            refused.
        ValueError: a negative size or section, a piece size of 0 for a non-empty
            dimension, sections that do not sum to ``length``, or more than
            ``MAX_PIECES`` pieces.

    Examples:
        >>> split_sizes(10, 4)
        [4, 4, 2]
        >>> split_sizes(10, [3, 7])
        [3, 7]
        >>> split_sizes(10, [3, 3])
        Traceback (most recent call last):
            ...
        ValueError: split_sizes(): sections [3, 3] sum to 6, expected the dimension's length 10
    """
    length = as_int("split_sizes", "length", length, minimum=0)
    if isinstance(split_size_or_sections, (list, tuple)):
        sections = [
            as_int("split_sizes", f"split_size_or_sections[{i}]", n, minimum=0)
            for i, n in enumerate(split_size_or_sections)
        ]
        if sum(sections) != length:
            raise ValueError(
                f"split_sizes(): sections {sections} sum to {sum(sections)}, expected the "
                f"dimension's length {length}"
            )
        return sections
    if not isinstance(split_size_or_sections, int) and not hasattr(
        split_size_or_sections, "__index__"
    ):
        raise TypeError(
            f"split_sizes(): split_size_or_sections must be an int or a list/tuple of ints, "
            f"got {describe(split_size_or_sections)}"
        )
    size = as_int("split_sizes", "split_size_or_sections", split_size_or_sections, minimum=0)
    if size == 0 and length:
        raise ValueError(
            f"split_sizes(): split_size_or_sections may be 0 only for a dimension of "
            f"length 0, got length {length}"
        )
    return _pieces("split_sizes", length, size)



def chunk_sizes(length: int, chunks: int) -> list[int]:
    """The piece lengths ``torch.chunk`` cuts a dimension of ``length`` into.

    Each piece gets ``ceil(length / chunks)`` elements and the last takes the rest, so
    there can be *fewer* than ``chunks`` pieces: 6 into 4 gives ``[2, 2, 2]``.
    ``torch.tensor_split`` is the variant that always returns exactly ``chunks`` pieces.

    Args:
        length: size of the dimension, ``>= 0``.
        chunks: requested number of pieces, ``>= 1``; an int as in ``split_sizes``.

    Returns:
        The length of each piece; there are at most ``chunks`` of them (exactly
        ``chunks`` empty pieces for a dimension of length 0).

    Raises:
        TypeError: an argument that is not an int; bools and floats are refused.
        ValueError: ``chunks < 1``, ``length < 0``, or more than ``MAX_PIECES`` pieces.

    Examples:
        >>> chunk_sizes(6, 4)  # only 3 pieces #zh: 只有 3 块
        [2, 2, 2]
        >>> chunk_sizes(7, 3)
        [3, 3, 1]
        >>> chunk_sizes(0, 3)
        [0, 0, 0]
    """
    length = as_int("chunk_sizes", "length", length, minimum=0)
    chunks = as_int("chunk_sizes", "chunks", chunks, minimum=1)
    if length == 0:
        _check_count("chunk_sizes", chunks, f"length 0 in {chunks} chunks")
        return [0] * chunks  # torch hands back that many empty pieces
    return _pieces("chunk_sizes", length, -(-length // chunks))
