"""as_tensor still copies when it must: a dtype change, or a Python list, which has no buffer to share.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> arr = np.array([1.0, 2.0, 3.0])  # float64
>>> f = torch.as_tensor(arr, dtype=torch.float32)  # a conversion: new memory
>>> shares_memory(f, arr)
False
>>> f[0] = 100.0
>>> arr  # untouched
array([1., 2., 3.])
>>> tokens = [3, 1, 4]
>>> ids = torch.as_tensor(tokens, dtype=torch.long)  # a copy, exactly like torch.tensor
>>> tokens[0] = 9
>>> ids
tensor([3, 1, 4])
"""
