"""The rule DistributedSampler follows, as a pure function: no process group needed."""

from __future__ import annotations

import math

import torch

from torchnotes._checks import check_bool, check_int_like

__all__ = ["distributed_sampler_indices"]

# The sampler's result lists every index in Python; torch would build the same list.
_MAX_SAMPLES = 2**24
# torch.Generator.manual_seed takes seeds in this range and refuses the rest.
_SEED_RANGE = (-(2**63), 2**64 - 1)


def distributed_sampler_indices(
    n: int,
    num_replicas: int,
    rank: int,
    shuffle: bool = True,
    seed: int = 0,
    epoch: int = 0,
    drop_last: bool = False,
) -> list[int]:
    """The sample indices ``DistributedSampler`` gives ``rank`` in ``epoch``, with no processes.

    Every rank draws the same permutation, seeded with ``seed + epoch``, so the ranks agree
    without talking. The list is then made a multiple of ``num_replicas`` long, by repeating
    its head (``drop_last=False``, some samples are seen twice) or by cutting its tail
    (``drop_last=True``), and rank ``r`` takes every ``num_replicas``-th entry starting at
    ``r``: the ranks interleave, they do not take contiguous blocks.

    Args:
        n: the dataset's length, 0 to 2**24.
        num_replicas: the number of processes sharing the data.
        rank: this process's rank, ``0 <= rank < num_replicas``.
        shuffle: draw a permutation; ``False`` keeps ``0, 1, ..., n - 1``.
        seed: the seed every rank shares.
        epoch: what ``sampler.set_epoch(epoch)`` sets; without it every epoch repeats
            the first one's order.
        drop_last: cut the tail instead of repeating the head.

    Returns:
        The indices of this rank, ``ceil(n / num_replicas)`` of them, or
        ``ceil((n - num_replicas) / num_replicas)`` when ``drop_last`` and ``n`` is not a
        multiple of ``num_replicas``.

    Raises:
        TypeError: an integer argument is not an int (a bool or float is refused) or a
            flag is not a bool.
        ValueError: ``n`` is negative or above 2**24, ``num_replicas`` is below 1,
            ``rank`` is outside ``[0, num_replicas)``, or ``seed + epoch`` is outside the
            range a generator accepts.

    Examples:
        >>> distributed_sampler_indices(5, 2, 0, shuffle=False)
        [0, 2, 4]
        >>> distributed_sampler_indices(5, 2, 1, shuffle=False)  # index 0 again as padding #zh: 再取一次索引 0 作为填充
        [1, 3, 0]
        >>> distributed_sampler_indices(5, 2, 1, shuffle=False, drop_last=True)
        [1, 3]
    """
    name = "distributed_sampler_indices"
    n = check_int_like(name, "n", n, minimum=0)
    if n > _MAX_SAMPLES:
        raise ValueError(f"{name}(): n must be <= 2**24 (the result lists every index), got {n}")
    num_replicas = check_int_like(name, "num_replicas", num_replicas, minimum=1)
    rank = check_int_like(name, "rank", rank)
    if not 0 <= rank < num_replicas:
        raise ValueError(f"{name}(): rank must be in [0, {num_replicas - 1}] for num_replicas={num_replicas}, got {rank}")
    check_bool(name, "shuffle", shuffle)
    seed = check_int_like(name, "seed", seed)
    epoch = check_int_like(name, "epoch", epoch)
    check_bool(name, "drop_last", drop_last)
    if drop_last and n % num_replicas:
        num_samples = math.ceil((n - num_replicas) / num_replicas)
    else:
        num_samples = math.ceil(n / num_replicas)
    total = num_samples * num_replicas
    if shuffle:
        if not _SEED_RANGE[0] <= seed + epoch <= _SEED_RANGE[1]:
            raise ValueError(f"{name}(): seed + epoch must be in [-2**63, 2**64 - 1], got {seed + epoch}")
        # the same generator and seed on every rank: one shared permutation
        generator = torch.Generator().manual_seed(seed + epoch)
        indices = torch.randperm(n, generator=generator).tolist()
    else:
        indices = list(range(n))
    if drop_last or not indices:
        return indices[rank:total:num_replicas]
    # the sampler repeats the list until it is `total` long, so entry j is indices[j % n];
    # reading those entries directly never builds the padded list (num_replicas may be 2**63)
    return [indices[j % n] for j in range(rank, total, num_replicas)]
