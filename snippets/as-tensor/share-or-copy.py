"""as_tensor reuses the memory of a NumPy array (or tensor) whose dtype and device already fit.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> arr = np.array([1.0, 2.0, 3.0])  # float64
>>> t = torch.as_tensor(arr)
>>> t.dtype, shares_memory(t, arr)
(torch.float64, True)
>>> t[0] = 100.0
>>> arr  # the write went through to the array
array([100.,   2.,   3.])
>>> x = torch.ones(2)
>>> torch.as_tensor(x) is x  # a tensor that already fits comes back as is
True
"""
