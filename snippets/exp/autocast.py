"""Autocast does not cast exp's input to float16: only a tensor you cast to float16 yourself overflows at about 11.09.

>>> import torch
>>> x = torch.tensor([12.0])
>>> m = torch.ones(2, 2)
>>> with torch.autocast("cpu", dtype=torch.bfloat16):
...     y = torch.exp(x)
...     p = m @ m
>>> y.dtype, p.dtype  # autocast casts the matmul, not exp #zh: autocast 转换了矩阵乘法，没有转换 exp
(torch.float32, torch.bfloat16)
>>> y
tensor([162754.7969])
>>> torch.exp(x.half())  # cast by hand: float16 overflows #zh: 手动转换成 float16：溢出
tensor([inf], dtype=torch.float16)
>>> torch.exp(x.bfloat16())  # bfloat16: float32's range, about 3 significant digits #zh: bfloat16：范围与 float32 相当，约 3 位有效数字
tensor([162816.], dtype=torch.bfloat16)
>>> torch.exp(torch.tensor([88.0, 88.7]).bfloat16())  # bfloat16 does not overflow where float16 does #zh: float16 会溢出的地方 bfloat16 不会
tensor([1.6549e+38, 2.7249e+38], dtype=torch.bfloat16)
"""
