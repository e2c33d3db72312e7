"""as_tensor reuses the memory of a NumPy array (or tensor) whose dtype and device already fit.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> arr = np.array([1.0, 2.0, 3.0])  # float64 #zh: float64 数组
>>> t = torch.as_tensor(arr)
>>> t.dtype, shares_memory(t, arr)
(torch.float64, True)
>>> t[0] = 100.0
>>> arr  # the write went through to the array #zh: 写入直达数组
array([100.,   2.,   3.])
>>> arr[1] = -1.0
>>> t  # and back: one buffer, two views #zh: 反过来也一样：同一块缓冲区，两个视图
tensor([100.,  -1.,   3.], dtype=torch.float64)
>>> shares_memory(torch.as_tensor(arr, dtype=torch.float64), arr)  # asking for the dtype it has: still shared #zh: 要的正是原有的 dtype：仍然共享
True
>>> x = torch.ones(2)
>>> torch.as_tensor(x) is x  # a tensor that already fits comes back as is #zh: 已经合适的张量原样返回
True
"""
