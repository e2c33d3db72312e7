"""torch.arange is not numpy.arange: float ranges are float32, and a wrong-way step raises.

>>> import numpy as np
>>> import torch
>>> np.arange(0, 1, 0.5).dtype, torch.arange(0, 1, 0.5).dtype
(dtype('float64'), torch.float32)
>>> np.arange(0, 5, -1)  # NumPy, like range(), returns an empty array #zh: NumPy 与 range() 一样，返回空数组
array([], dtype=int64)
>>> list(range(0, 5, -1))
[]
>>> torch.arange(0, 5, -1)
Traceback (most recent call last):
    ...
RuntimeError: upper bound and lower bound inconsistent with step sign
"""
