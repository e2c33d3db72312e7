"""torch.tensor infers the dtype from the data: bool < int < float < complex, the highest kind wins.

>>> import numpy as np
>>> import torch
>>> torch.tensor([True, False]).dtype, torch.tensor([1, 2]).dtype, torch.tensor([True, 2]).dtype
(torch.bool, torch.int64, torch.int64)
>>> torch.tensor([1, 2.5]).dtype  # one float makes everything the default float #zh: 只要有一个浮点数，整体就是默认浮点类型
torch.float32
>>> torch.tensor([1, 2j]).dtype
torch.complex64
>>> torch.tensor((1.5, 2)).dtype  # a tuple works like a list #zh: 元组和列表一样
torch.float32
>>> torch.tensor([]).dtype  # an empty list counts as float #zh: 空列表按浮点数处理
torch.float32
>>> torch.tensor([[1, 2], [3, 4]], dtype=torch.float64)  # dtype= skips inference #zh: 传了 dtype= 就不再推断
tensor([[1., 2.],
        [3., 4.]], dtype=torch.float64)
>>> # NumPy scalars are not Python floats: they bring their own dtype along #zh: NumPy 标量不是 Python 浮点数，它们自带数据类型
>>> torch.tensor([np.float64(0.5), 1.0]).dtype
torch.float64
>>> torch.tensor([np.float32(0.5), 1.0]).dtype  # a float32 scalar keeps float32 #zh: float32 标量仍得到 float32
torch.float32
>>> means = [np.mean([1, 2]), np.mean([3.0, 4.0])]  # np.mean of ints or float64 values returns np.float64 #zh: 对整数或 float64 数据，np.mean 返回 np.float64
>>> torch.tensor(means).dtype, torch.tensor(means, dtype=torch.float32).dtype
(torch.float64, torch.float32)
"""
