"""What a DataLoader does with a dataset: the batches of indices it asks for, and a stream
that splits itself between worker processes."""

from __future__ import annotations

from collections.abc import Iterator

import torch
from torch.utils.data import IterableDataset, get_worker_info

from torchnotes._checks import check_bool, check_int_like

_MAX_N = 2**24


def batch_indices(
    n: int,
    batch_size: int = 1,
    shuffle: bool = False,
    drop_last: bool = False,
    generator: torch.Generator | None = None,
) -> list[list[int]]:
    """The indices ``DataLoader`` asks a map-style dataset of length ``n`` for, batch by batch.

    One epoch of ``DataLoader(dataset, batch_size, shuffle, drop_last=drop_last,
    generator=generator)``: without ``shuffle`` the indices ``0 .. n-1`` in order, with it
    one ``torch.randperm(n)``; then cut into batches of ``batch_size``, the last one shorter
    unless ``drop_last`` drops it. ``len(loader)`` is the number of batches. The random
    numbers are drawn as the loader draws them when an epoch starts: first a base seed for
    its workers, then the permutation. Without a ``generator`` both come from the global
    generator (the permutation through a seed drawn for it); with one, both come from
    ``generator``. So after the same
    ``torch.manual_seed`` the result is the loader's order, and the global generator is left
    where the loader leaves it.

    Args:
        n: ``len(dataset)``, ``>= 0``.
        batch_size: samples per batch, ``>= 1``.
        shuffle: draw a new random order for the epoch.
        drop_last: leave out a last batch smaller than ``batch_size``.
        generator: the loader's ``generator`` argument, or ``None`` for the global one.

    Returns:
        A list of batches, each a list of ``int`` indices.

    Raises:
        TypeError: ``n`` or ``batch_size`` is not an integer, ``shuffle``/``drop_last`` is
            not a bool, or ``generator`` is not a ``torch.Generator`` on the CPU.
        ValueError: ``n < 0`` or ``n > 2**24`` (the result lists every index), ``n == 0``
            with ``shuffle`` (as ``DataLoader`` refuses it), or ``batch_size < 1``.

    Examples:
        >>> batch_indices(5, batch_size=2)
        [[0, 1], [2, 3], [4]]
        >>> batch_indices(5, batch_size=2, drop_last=True)  # the short batch is dropped #zh: 不满的最后一批被丢掉
        [[0, 1], [2, 3]]
        >>> from torch.utils.data import DataLoader
        >>> _ = torch.manual_seed(0)
        >>> [b.tolist() for b in DataLoader(range(5), batch_size=2, shuffle=True)]
        [[1, 4], [2, 3], [0]]
        >>> after_loader = torch.rand(1)
        >>> _ = torch.manual_seed(0)
        >>> batch_indices(5, batch_size=2, shuffle=True)
        [[1, 4], [2, 3], [0]]
        >>> torch.equal(torch.rand(1), after_loader)  # the global generator is left where the loader leaves it #zh: 全局生成器停在加载器留下的位置
        True
    """
    n = check_int_like("batch_indices", "n", n, minimum=0)
    if n > _MAX_N:
        # The result lists every index; refuse before building a list that cannot fit.
        raise ValueError(f"batch_indices(): n must be <= 2**24 since every index is listed, got {n}")
    batch_size = check_int_like("batch_indices", "batch_size", batch_size, minimum=1)
    shuffle = check_bool("batch_indices", "shuffle", shuffle)
    drop_last = check_bool("batch_indices", "drop_last", drop_last)
    if generator is not None and (
        not isinstance(generator, torch.Generator) or generator.device.type != "cpu"
    ):
        got = f"a generator on {generator.device}" if isinstance(generator, torch.Generator) else type(generator).__name__
        raise TypeError(f"batch_indices(): generator must be a CPU torch.Generator or None, got {got}")
    if shuffle and n == 0:
        # DataLoader(..., shuffle=True) refuses an empty dataset when it builds its RandomSampler.
        raise ValueError("batch_indices(): n must be >= 1 with shuffle=True, got 0")
    # The loader's iterator draws its workers' base seed first, even with num_workers=0.
    torch.empty((), dtype=torch.int64).random_(generator=generator)
    if not shuffle:
        order = list(range(n))
    else:
        if generator is None:
            # RandomSampler without a generator seeds a fresh one from the global generator.
            seed = int(torch.empty((), dtype=torch.int64).random_().item())
            generator = torch.Generator().manual_seed(seed)
        order = torch.randperm(n, generator=generator).tolist()
    stop = n - n % batch_size if drop_last else n
    return [order[i : i + batch_size] for i in range(0, stop, batch_size)]


class RangeStream(IterableDataset):
    """An ``IterableDataset`` over ``start .. end-1`` that splits itself between workers.

    A ``DataLoader`` with ``num_workers=k`` gives every worker its own copy of an iterable
    dataset; one that does not ask ``get_worker_info()`` yields everything ``k`` times.
    ``RangeStream`` gives worker ``w`` of ``k`` the contiguous part
    ``[start + w * per, start + (w + 1) * per)`` with ``per = ceil((end - start) / k)``,
    the split of the ``IterableDataset`` example in PyTorch's documentation, so every
    number arrives exactly once. It has no ``__len__``: a stream need not know its length.

    Args:
        start: the first number.
        end: one past the last number, ``>= start``.

    Raises:
        TypeError: ``start`` or ``end`` is not an integer.
        ValueError: ``end < start``.

    Examples:
        >>> list(RangeStream(3, 7))
        [3, 4, 5, 6]
        >>> from torch.utils.data import DataLoader
        >>> [b.tolist() for b in DataLoader(RangeStream(0, 5), batch_size=2)]
        [[0, 1], [2, 3], [4]]
    """

    def __init__(self, start: int, end: int) -> None:
        self.start: int = check_int_like("RangeStream", "start", start)
        self.end: int = check_int_like("RangeStream", "end", end)
        if self.end < self.start:
            raise ValueError(f"RangeStream(): end must be >= start={self.start}, got {self.end}")

    def __iter__(self) -> Iterator[int]:
        info = get_worker_info()
        if info is None:  # in the main process: the whole range
            return iter(range(self.start, self.end))
        per = -(-(self.end - self.start) // info.num_workers)
        first = self.start + info.id * per
        return iter(range(first, min(first + per, self.end)))
