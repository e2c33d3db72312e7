"""Arrays with a negative stride, such as arr[::-1], cannot be wrapped; copy them first.

>>> import numpy as np
>>> import torch
>>> arr = np.arange(4)
>>> rev = arr[::-1]
>>> rev.strides  # walks the buffer backwards
(-8,)
>>> torch.from_numpy(rev)
Traceback (most recent call last):
    ...
ValueError: At least one stride in the given numpy array is negative, and tensors with negative strides are not currently supported. (You can probably work around this by making a copy of your array  with array.copy().) 
>>> torch.from_numpy(rev.copy())  # a fresh, forward copy (np.ascontiguousarray also works)
tensor([3, 2, 1, 0])
>>> torch.from_numpy(arr).flip(0)  # or share first and flip in torch (flip copies)
tensor([3, 2, 1, 0])
"""
