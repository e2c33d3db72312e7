"""Count fence posts, pass steps (NumPy's default of 50 does not exist in torch), and use logspace for log scales.

>>> import numpy as np
>>> import torch
>>> torch.linspace(0, 1, 11)  # 0 to 1 in steps of 0.1: 11 points #zh: 从 0 到 1、间距 0.1：11 个点
tensor([0.0000, 0.1000, 0.2000, 0.3000, 0.4000, 0.5000, 0.6000, 0.7000, 0.8000,
        0.9000, 1.0000])
>>> len(np.linspace(0, 1))  # NumPy's num defaults to 50 #zh: NumPy 的 num 默认是 50
50
>>> try:
...     torch.linspace(0, 1)  # torch has no default #zh: torch 没有默认值
... except TypeError as error:
...     print(str(error).splitlines()[0])
linspace() received an invalid combination of arguments - got (int, int), but expected one of:
>>> print(next(line for line in torch.linspace.__doc__.splitlines() if "1.11" in line))  # torch's own docstring #zh: torch 自己的文档字符串
From PyTorch 1.11 linspace requires the steps argument. Use steps=100 to restore the previous behavior.
>>> torch.logspace(0, 2, steps=3)  # 10**0, 10**1, 10**2: evenly spaced exponents #zh: 指数均匀分布
tensor([  1.,  10., 100.])
"""
