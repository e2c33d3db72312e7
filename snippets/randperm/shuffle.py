"""randperm(n) is a random order of 0..n-1: use it to shuffle rows or split a dataset.

>>> import torch
>>> from torchnotes.random import train_val_split
>>> g = torch.Generator().manual_seed(0)
>>> perm = torch.randperm(6, generator=g)
>>> perm
tensor([2, 5, 3, 0, 1, 4])
>>> sorted(perm.tolist()) == list(range(6))  # every index exactly once
True
>>> x = torch.arange(12).reshape(6, 2)
>>> x[perm]  # rows shuffled, each row kept intact
tensor([[ 4,  5],
        [10, 11],
        [ 6,  7],
        [ 0,  1],
        [ 2,  3],
        [ 8,  9]])
>>> train, val = train_val_split(6, 1 / 3, generator=torch.Generator().manual_seed(0))
>>> train.tolist(), val.tolist()
([2, 5, 3, 0], [1, 4])
"""
