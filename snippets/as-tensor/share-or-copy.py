"""as_tensor shares memory with a NumPy array when it can; a dtype conversion forces a copy.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> arr = np.array([1.0, 2.0, 3.0])  # float64
>>> t = torch.as_tensor(arr)
>>> shares_memory(t, arr)
True
>>> t[0] = 100.0
>>> arr  # the write went through to the array
array([100.,   2.,   3.])
>>> f = torch.as_tensor(arr, dtype=torch.float32)  # conversion: a copy
>>> shares_memory(f, arr)
False
>>> shares_memory(torch.tensor(arr), arr)  # torch.tensor never shares
False
>>> tokens = [3, 1, 4]
>>> torch.as_tensor(tokens, dtype=torch.long)  # a Python list is always copied
tensor([3, 1, 4])
"""
