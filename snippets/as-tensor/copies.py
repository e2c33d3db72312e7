"""as_tensor still copies when it must: a dtype change, or a Python list, which has no buffer to share.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> arr = np.array([1.0, 2.0, 3.0])  # float64 #zh: float64 数组
>>> f = torch.as_tensor(arr, dtype=torch.float32)  # a conversion: new memory #zh: 需要转换：新内存
>>> shares_memory(f, arr)
False
>>> f[0] = 100.0
>>> arr  # untouched #zh: 没有变化
array([1., 2., 3.])
>>> tokens = [3, 1, 4]
>>> ids = torch.as_tensor(tokens, dtype=torch.long)  # a copy, exactly like torch.tensor #zh: 复制，和 torch.tensor 完全一样
>>> tokens[0] = 9
>>> ids
tensor([3, 1, 4])
>>> shares_memory(torch.tensor(arr), arr)  # torch.tensor copies even an array that fits #zh: 即使数组已经合适，torch.tensor 也会复制
False
"""
