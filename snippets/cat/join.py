"""cat joins along an existing dimension; only that dimension may differ.

>>> import torch
>>> a = torch.ones(2, 3)
>>> b = torch.zeros(1, 3)
>>> torch.cat([a, b]).shape  # dim=0: 2 + 1 rows #zh: dim=0：2 + 1 行
torch.Size([3, 3])
>>> torch.cat([a, torch.zeros(2, 1)], dim=1).shape  # dim=1: 3 + 1 columns #zh: dim=1：3 + 1 列
torch.Size([2, 4])
>>> torch.cat([a, b], dim=1)  # dimension 0 differs: 2 vs 1 #zh: 第 0 维不同：2 对 1
Traceback (most recent call last):
    ...
RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 2 but got size 1 for tensor number 1 in the list.
"""
