"""torch.arange is not numpy.arange: float ranges are float32, and a wrong-way step raises.

>>> import numpy as np
>>> import torch
>>> np.arange(0, 1, 0.5).dtype, torch.arange(0, 1, 0.5).dtype
(dtype('float64'), torch.float32)
>>> np.arange(0, 5, -1)  # NumPy, like range(), returns an empty array
array([], dtype=int64)
>>> torch.arange(0, 5, -1)
Traceback (most recent call last):
    ...
RuntimeError: upper bound and lower bound inconsistent with step sign
"""
