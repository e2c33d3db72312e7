"""from_numpy returns a view of the array's memory: writes go both ways, and the dtype is kept.

>>> import numpy as np
>>> import torch
>>> arr = np.zeros(3)
>>> t = torch.from_numpy(arr)
>>> t.dtype  # NumPy's default float64, not float32
torch.float64
>>> arr[0] = 5.0
>>> t
tensor([5., 0., 0.], dtype=torch.float64)
>>> t[1] = 7.0
>>> arr
array([5., 7., 0.])
>>> torch.nn.Linear(3, 1)(t)  # float64 input, float32 weights
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
>>> try:
...     torch.from_numpy(np.arange(4)[::-1])
... except ValueError as error:
...     print(str(error).split(",")[0])  # negative strides are not supported
At least one stride in the given numpy array is negative
>>> torch.from_numpy(np.arange(4)[::-1].copy())
tensor([3, 2, 1, 0])
"""
