"""randperm(n) is a random order of 0..n-1: use it to shuffle rows or split a dataset.

>>> import torch
>>> from torchnotes.random import train_val_split
>>> g = torch.Generator().manual_seed(0)
>>> perm = torch.randperm(6, generator=g)
>>> perm, perm.dtype
(tensor([2, 5, 3, 0, 1, 4]), torch.int64)
>>> sorted(perm.tolist()) == list(range(6))  # every index exactly once #zh: 每个索引恰好出现一次
True
>>> x = torch.arange(12).reshape(6, 2)
>>> x[perm]  # rows shuffled, each row kept intact #zh: 行被打乱，每一行保持完整
tensor([[ 4,  5],
        [10, 11],
        [ 6,  7],
        [ 0,  1],
        [ 2,  3],
        [ 8,  9]])
>>> train, val = train_val_split(6, 1 / 3, generator=torch.Generator().manual_seed(0))
>>> train.tolist(), val.tolist()  # disjoint, and together every id once #zh: 互不相交，合起来每个索引恰好一次
([2, 5, 3, 0], [1, 4])
>>> train_val_split(6, 1 / 3, generator=torch.Generator().manual_seed(0))[1].tolist()  # same seed, same split #zh: 同一种子，同样的划分
[1, 4]
"""
