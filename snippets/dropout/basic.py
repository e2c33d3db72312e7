"""nn.Dropout zeroes each element with probability p in training and is the identity in eval.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> drop = nn.Dropout(p=0.5)  # p is the probability of zeroing #zh: p 是置零的概率
>>> x = torch.ones(10)
>>> drop(x)  # a new module is in training mode #zh: 新建的模块处于训练模式
tensor([0., 0., 2., 0., 0., 0., 2., 2., 0., 2.])
>>> drop(x)  # a new mask on every call #zh: 每次调用都抽一个新的掩码
tensor([2., 2., 2., 0., 2., 2., 2., 2., 0., 0.])
>>> _ = drop.eval()
>>> drop(x)  # evaluation: nothing dropped, nothing scaled #zh: 评估模式：不丢弃，也不缩放
tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1.])
>>> list(drop.parameters())  # nothing to learn #zh: 没有可学习的参数
[]
"""
