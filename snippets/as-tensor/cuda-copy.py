"""On CUDA, as_tensor(arr, device="cuda") copies the array into GPU memory; the array is left alone.

>>> import numpy as np
>>> import torch
>>> arr = np.array([1.0, 2.0, 3.0])
>>> t = torch.as_tensor(arr, device="cuda")
>>> t.device
>>> t[0] = 100.0
>>> arr  # untouched: the GPU tensor is a copy #zh: 没有变化：GPU 上的张量是副本
"""
REQUIRES = "cuda"
