"""Max pooling has no parameters; the gradient goes only to each window's maximum.

>>> import torch
>>> from torch import nn
>>> pool = nn.MaxPool1d(2)
>>> list(pool.parameters())  # nothing to learn #zh: 没有可学习的参数
[]
>>> head = nn.Linear(16, 10)
>>> sum(p.numel() for p in head.parameters())  # a Linear over 16 positions #zh: 作用在 16 个位置上的 Linear
170
>>> nn.Linear(8, 10).weight.numel() + 10  # after pooling 16 -> 8: the next layer is smaller #zh: 池化 16 -> 8 之后，下一层才变小
90
>>> x = torch.tensor([[[1.0, 5.0, 2.0, 2.0]]], requires_grad=True)
>>> pool(x).sum().backward()
>>> x.grad  # ties go to the first position #zh: 并列时给第一个位置
tensor([[[0., 1., 1., 0.]]])
"""
