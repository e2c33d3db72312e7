"""ReflectionPad1d mirrors the last dimension at both ends, the edge itself not repeated.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch import nn
>>> x = torch.arange(4.0).reshape(1, 4)  # (C, L) or (N, C, L) #zh: (C, L) 或 (N, C, L) 形状
>>> nn.ReflectionPad1d(2)(x)
tensor([[2., 1., 0., 1., 2., 3., 2., 1.]])
>>> nn.ReflectionPad1d((3, 1))(x)  # (left, right) #zh: （左，右）
tensor([[3., 2., 1., 0., 1., 2., 3., 2.]])
>>> F.pad(x, (2, 2), mode="reflect")  # the same as a function #zh: 函数形式，结果相同
tensor([[2., 1., 0., 1., 2., 3., 2., 1.]])
>>> F.pad(x, (2, 2), mode="replicate")  # other modes, for comparison #zh: 其他模式，作对比
tensor([[0., 0., 0., 1., 2., 3., 3., 3.]])
>>> F.pad(x, (2, 2), mode="circular")
tensor([[2., 3., 0., 1., 2., 3., 0., 1.]])
>>> F.pad(x, (2, 2))  # constant zeros #zh: 常数 0
tensor([[0., 0., 0., 1., 2., 3., 0., 0.]])
>>> list(nn.ReflectionPad1d(2).parameters())  # nothing to learn #zh: 没有可学习的参数
[]
>>> leaf = x.clone().requires_grad_()
>>> nn.ReflectionPad1d(2)(leaf).sum().backward()
>>> leaf.grad  # each position gets one gradient per copy of it #zh: 每个位置被复制几次，就收到几份梯度
tensor([[1., 3., 3., 1.]])
"""
