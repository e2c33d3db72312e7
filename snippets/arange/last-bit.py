"""torch's CPU kernel rounds the start of each block of values first, so a float value can be one unit off in the last place.

>>> import torch
>>> from torchnotes.tensors import arange
>>> torch.arange(-8.7, -4.7, 0.1)[19].item()  # from a block start already rounded to float32 #zh: 从已经舍入成 float32 的块起点算出
-6.799999713897705
>>> torch.tensor(-8.7 + 19 * 0.1).item()  # start + i * step, rounded once to float32 #zh: start + i * step，只舍入一次到 float32
-6.800000190734863
>>> arange(-8.7, -4.7, 0.1)[19].item()  # the reference rounds once #zh: 参考实现只舍入一次
-6.800000190734863
>>> len(arange(-8.7, -4.7, 0.1)) == len(torch.arange(-8.7, -4.7, 0.1))  # the count always agrees #zh: 个数总是一致
True
"""
