"""The first sample decides: a batch of numbers is float64 when it starts with a float, float32 when it starts with an int and holds a float.

>>> import numpy as np
>>> import torch
>>> from torch.utils.data import default_collate
>>> default_collate([0.5, 1]).dtype
torch.float64
>>> default_collate([1, 0.5]).dtype  # torch.tensor's inference, not float64 #zh: 这是 torch.tensor 的类型推断，不是 float64
torch.float32
>>> default_collate([1, 2]).dtype, default_collate([True, False]).dtype
(torch.int64, torch.bool)
>>> default_collate([np.float32(0.5), np.float32(1)]).dtype  # NumPy scalars keep their dtype #zh: NumPy 标量保留自己的 dtype
torch.float32
>>> default_collate([np.zeros(2), np.zeros(2)]).dtype  # so do NumPy arrays #zh: NumPy 数组也一样
torch.float64
"""
