"""from_numpy keeps the array's dtype, so NumPy's default float64 meets float32 model weights.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import dtype_from_numpy, shares_memory
>>> arr = np.linspace(0.0, 1.0, 3)  # NumPy's default float: float64 #zh: NumPy 默认的浮点类型是 float64
>>> t = torch.from_numpy(arr)
>>> t.dtype, dtype_from_numpy(arr.dtype)
(torch.float64, torch.float64)
>>> layer = torch.nn.Linear(3, 1)
>>> layer(t)
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
>>> layer(t.float()).dtype  # .float() converts (a copy), then it works #zh: .float() 转换类型（生成副本）后就能用了
torch.float32
>>> shares_memory(t.float(), arr)  # the float32 tensor no longer shares the array #zh: float32 张量不再与数组共享内存
False
"""
