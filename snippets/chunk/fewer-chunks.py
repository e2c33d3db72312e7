"""chunk(n) may return fewer than n pieces; tensor_split(n) always returns n.

>>> import torch
>>> from torchnotes.shape import chunk_sizes
>>> x = torch.arange(6)
>>> torch.chunk(x, 4)  # ceil(6 / 4) = 2 per piece -> only 3 pieces #zh: 每块 ceil(6 / 4) = 2 个 -> 只有 3 块
(tensor([0, 1]), tensor([2, 3]), tensor([4, 5]))
>>> chunk_sizes(6, 4)
[2, 2, 2]
>>> a, b, c, d = torch.arange(8).chunk(4)  # fine while 4 divides the length #zh: 长度能被 4 整除时一切正常
>>> a, b, c, d = x.chunk(4)  # the same line, 6 elements #zh: 同一行代码，换成 6 个元素
Traceback (most recent call last):
    ...
ValueError: not enough values to unpack (expected 4, got 3)
>>> torch.tensor_split(x, 4)  # exactly 4 pieces, sizes differ by at most 1 #zh: 恰好 4 块，长度最多相差 1
(tensor([0, 1]), tensor([2, 3]), tensor([4]), tensor([5]))
"""
