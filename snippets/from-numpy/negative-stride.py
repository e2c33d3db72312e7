"""Arrays with a negative stride, such as arr[::-1], cannot be wrapped; copy them first.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> arr = np.arange(4)
>>> rev = arr[::-1]
>>> rev.strides, np.flip(arr).strides  # both walk the buffer backwards #zh: 两者都是倒着遍历缓冲区
((-8,), (-8,))
>>> torch.from_numpy(rev)
Traceback (most recent call last):
    ...
ValueError: At least one stride in the given numpy array is negative, and tensors with negative strides are not currently supported. (You can probably work around this by making a copy of your array  with array.copy().) 
>>> torch.from_numpy(rev.copy())  # a fresh, forward copy #zh: 一份新的、正向排列的副本
tensor([3, 2, 1, 0])
>>> torch.from_numpy(np.ascontiguousarray(rev))  # the same, spelled as a conversion #zh: 效果相同，写成转换的形式
tensor([3, 2, 1, 0])
>>> flipped = torch.from_numpy(arr).flip(0)  # or share first and flip in torch #zh: 或者先共享，再用 torch 翻转
>>> flipped, shares_memory(flipped, arr)  # torch's flip makes a copy #zh: torch 的 flip 会生成副本
(tensor([3, 2, 1, 0]), False)
"""
