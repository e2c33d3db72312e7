"""chunk(n) may return fewer than n pieces; tensor_split(n) always returns n.

>>> import torch
>>> from torchnotes.shape import chunk_sizes
>>> x = torch.arange(6)
>>> torch.chunk(x, 4)  # ceil(6 / 4) = 2 per piece -> only 3 pieces
(tensor([0, 1]), tensor([2, 3]), tensor([4, 5]))
>>> chunk_sizes(6, 4)
[2, 2, 2]
>>> torch.tensor_split(x, 4)  # exactly 4 pieces, sizes differ by at most 1
(tensor([0, 1]), tensor([2, 3]), tensor([4]), tensor([5]))
>>> a, b, c, d = x.chunk(4)  # code that counts on 4 pieces
Traceback (most recent call last):
    ...
ValueError: not enough values to unpack (expected 4, got 3)
>>> torch.chunk(torch.arange(7), 3)  # 3 + 3 + 1
(tensor([0, 1, 2]), tensor([3, 4, 5]), tensor([6]))
"""
