"""The reference xlogy: 0 where x is 0 (unless y is NaN), torch's dtype rules, the same numbers as torch.

>>> import torch
>>> from torchnotes.math import xlogy
>>> nan = float("nan")
>>> x = torch.tensor([0.0, 0.0, 0.0, 2.0])
>>> y = torch.tensor([0.0, -1.0, nan, 3.0])
>>> xlogy(x, y)  # 0 even for y = 0 or y < 0; NaN stays NaN #zh: y 为 0 或负数时也是 0；NaN 仍是 NaN
tensor([0.0000, 0.0000,    nan, 2.1972])
>>> torch.xlogy(x, y)
tensor([0.0000, 0.0000,    nan, 2.1972])
>>> xlogy(torch.tensor([2]), torch.tensor([3]))  # integers give the default dtype #zh: 整数输入得到默认数据类型
tensor([2.1972])
>>> torch.xlogy(torch.tensor([2]), torch.tensor([3]))
tensor([2.1972])
"""
