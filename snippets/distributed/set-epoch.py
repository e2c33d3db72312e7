"""DistributedSampler shuffles with the seed seed + epoch: set_epoch changes the order.

>>> import torch
>>> from torch.utils.data import DistributedSampler
>>> from torchnotes.distributed import distributed_sampler_indices
>>> sampler = DistributedSampler(range(5), num_replicas=2, rank=0, seed=0)  # shuffle=True by default #zh: 默认 shuffle=True
>>> list(sampler), list(sampler)  # without set_epoch, every epoch repeats the order #zh: 不调用 set_epoch，每轮顺序都一样
([4, 1, 2], [4, 1, 2])
>>> sampler.set_epoch(1)
>>> list(sampler)
[0, 2, 1]
>>> perm = torch.randperm(5, generator=torch.Generator().manual_seed(0 + 1)).tolist()  # seeded with seed + epoch #zh: 随机种子为 seed + epoch
>>> perm, (perm + perm[:1])[0::2]  # padded to 6, rank 0 takes every 2nd from 0 #zh: 填充到 6 个，rank 0 从第 0 个起每隔 2 个取一个
([0, 4, 2, 3, 1], [0, 2, 1])
>>> list(sampler) == distributed_sampler_indices(5, num_replicas=2, rank=0, seed=0, epoch=1)
True
>>> ranks = [DistributedSampler(range(5), num_replicas=2, rank=r, seed=0) for r in (0, 1)]
>>> for s in ranks:
...     s.set_epoch(1)
>>> sorted(list(ranks[0]) + list(ranks[1]))  # the same permutation on every rank: together they cover the data #zh: 各 rank 用同一个排列，合起来覆盖全部数据
[0, 0, 1, 2, 3, 4]
"""
