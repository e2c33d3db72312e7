"""DistributedSampler shuffles with the seed seed + epoch: set_epoch changes the order.

>>> from torch.utils.data import DistributedSampler
>>> from torchnotes.distributed import distributed_sampler_indices
>>> sampler = DistributedSampler(range(5), num_replicas=2, rank=0, seed=0)  # shuffle=True by default #zh: 默认 shuffle=True
>>> list(sampler), list(sampler)  # without set_epoch, every epoch repeats the order #zh: 不调用 set_epoch，每轮顺序都一样
([4, 1, 2], [4, 1, 2])
>>> sampler.set_epoch(1)
>>> list(sampler)
[0, 2, 1]
>>> list(sampler) == distributed_sampler_indices(5, num_replicas=2, rank=0, seed=0, epoch=1)
True
>>> # every rank draws the same permutation, so together they cover the data #zh: 各 rank 抽到同一个排列，合起来覆盖全部数据
>>> sorted(distributed_sampler_indices(5, 2, 0, epoch=1) + distributed_sampler_indices(5, 2, 1, epoch=1))
[0, 0, 1, 2, 3, 4]
"""
