"""split_sizes gives the lengths of torch.split's pieces, piece size 0 included.

>>> import torch
>>> from torchnotes.shape import split_sizes
>>> x = torch.arange(10)
>>> split_sizes(10, 4) == [len(t) for t in torch.split(x, 4)]
True
>>> torch.split(torch.arange(0), 0)  # size 0 for an empty dimension #zh: 空维度可以用 0
(tensor([], dtype=torch.int64),)
>>> split_sizes(0, 0)
[0]
>>> torch.split(torch.arange(0), 4), split_sizes(0, 4)  # an empty dimension: one empty piece #zh: 空维度：一个空块
((tensor([], dtype=torch.int64),), [0])
>>> torch.split(x, 0)
Traceback (most recent call last):
    ...
RuntimeError: split_size can only be 0 if dimension size is 0, but got dimension size of 10
>>> split_sizes(10, 0)
Traceback (most recent call last):
    ...
ValueError: split_sizes(): split_size_or_sections may be 0 only for a dimension of length 0, got length 10
>>> import numpy as np
>>> torch.split(x, np.int64(4))  # torch takes a NumPy integer for a list of sections #zh: torch 把 NumPy 整数当成了长度列表
Traceback (most recent call last):
    ...
TypeError: split_with_sizes(): argument 'split_sizes' (position 2) must be tuple of ints, not numpy.int64
>>> split_sizes(10, np.int64(4))  # the reference reads it as a piece size #zh: 参考实现把它当作块长
[4, 4, 2]
"""
