"""stack's dim may be one past the last dimension; the result is always a new tensor.

>>> import torch
>>> a, b = torch.zeros(4, 5), torch.ones(4, 5)
>>> torch.stack([a, b], dim=2).shape  # ndim = 2, so dim may be 2 #zh: ndim = 2，所以 dim 可以取 2
torch.Size([4, 5, 2])
>>> torch.stack([a, b], dim=3)
Traceback (most recent call last):
    ...
IndexError: Dimension out of range (expected to be in range of [-3, 2], but got 3)
>>> torch.stack([a, b], dim=-3).shape
torch.Size([2, 4, 5])
>>> s = torch.stack([a, b])
>>> s.data_ptr() == a.data_ptr()  # a copy, not a view #zh: 是副本，不是视图
False
>>> a[0, 0] = 7.0
>>> s[0, 0, 0]  # unchanged #zh: 没有变化
tensor(0.)
>>> from torch.utils.data import default_collate
>>> default_collate([torch.zeros(3), torch.ones(4)])  # samples of different lengths #zh: 长度不同的样本
Traceback (most recent call last):
    ...
RuntimeError: stack expects each tensor to be equal size, but got [3] at entry 0 and [4] at entry 1
"""
