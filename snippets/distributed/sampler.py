"""DistributedSampler: the ranks interleave, and the head of the list is repeated as padding.

>>> from torch.utils.data import DistributedSampler
>>> data = range(5)
>>> # no process group needed when num_replicas and rank are given #zh: 给出 num_replicas 和 rank 时不需要进程组
>>> [list(DistributedSampler(data, num_replicas=2, rank=r, shuffle=False)) for r in (0, 1)]
[[0, 2, 4], [1, 3, 0]]
>>> [list(DistributedSampler(data, num_replicas=2, rank=r, shuffle=False, drop_last=True)) for r in (0, 1)]
[[0, 2], [1, 3]]
>>> DistributedSampler(data)  # without them it asks the process group #zh: 不给出时要向进程组询问
Traceback (most recent call last):
    ...
ValueError: Default process group has not been initialized, please make sure to call init_process_group.
"""
