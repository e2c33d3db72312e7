"""cat joins along an existing dimension; only that dimension may differ.

>>> import torch
>>> a = torch.ones(2, 3)
>>> b = torch.zeros(1, 3)
>>> torch.cat([a, b]).shape  # dim=0: 2 + 1 rows
torch.Size([3, 3])
>>> torch.cat([a, torch.zeros(2, 1)], dim=1).shape  # dim=1: 3 + 1 columns
torch.Size([2, 4])
>>> torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])])  # dtypes are promoted
tensor([1.0000, 2.0000, 0.5000])
>>> torch.cat([a, b], dim=1)
Traceback (most recent call last):
    ...
RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 2 but got size 1 for tensor number 1 in the list.
"""
