"""The mirror sits on the edge element: it is not repeated, so each pad must be shorter than L.

>>> import numpy as np
>>> import torch
>>> from torch import nn
>>> a = np.arange(4.0)
>>> np.pad(a, 2, mode="reflect")  # NumPy's "reflect" is torch's reflection #zh: NumPy 的 "reflect" 就是 torch 的反射填充
array([2., 1., 0., 1., 2., 3., 2., 1.])
>>> np.pad(a, 2, mode="symmetric")  # repeating the edge is "symmetric" #zh: 重复边缘元素的是 "symmetric"
array([1., 0., 0., 1., 2., 3., 3., 2.])
>>> nn.ReflectionPad1d(2)(torch.from_numpy(a).reshape(1, 4))
tensor([[2., 1., 0., 1., 2., 3., 2., 1.]], dtype=torch.float64)
>>> torch.nn.functional.pad(torch.from_numpy(a).reshape(1, 4), (2, 2), mode="symmetric")  # no such mode #zh: 没有这种模式
Traceback (most recent call last):
    ...
NotImplementedError: Unrecognised padding mode symmetric
>>> nn.ReflectionPad1d(4)(torch.from_numpy(a).reshape(1, 4))  # 4 is not < 4 #zh: 4 并不小于 4
Traceback (most recent call last):
    ...
RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (4, 4) at dimension 1 of input [1, 4]
"""
