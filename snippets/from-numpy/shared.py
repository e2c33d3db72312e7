"""from_numpy copies nothing: the tensor and the array are two views of one buffer, both ways.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> arr = np.zeros(3, dtype=np.float32)
>>> t = torch.from_numpy(arr)
>>> t.device, shares_memory(t, arr)
(device(type='cpu'), True)
>>> arr[0] = 5.0  # array -> tensor: an in-place change to the array #zh: 数组 -> 张量：原地修改数组
>>> t
tensor([5., 0., 0.])
>>> t[1] = 7.0  # tensor -> array #zh: 张量 -> 数组
>>> arr
array([5., 7., 0.], dtype=float32)
>>> t.numpy()[2] = 9.0  # .numpy() shares back as well #zh: .numpy() 同样共享内存
>>> arr
array([5., 7., 9.], dtype=float32)
"""
