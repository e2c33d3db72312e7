"""GELU has nothing random in it: the same input gives the same output whatever the seed.

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.tensor([-1.0, 0.3, 2.0])
>>> _ = torch.manual_seed(0)
>>> a = F.gelu(x)
>>> _ = torch.manual_seed(123)
>>> F.gelu(x).equal(a)
True
>>> torch.nn.GELU().train()(x).equal(torch.nn.GELU().eval()(x))  # training mode changes nothing #zh: 训练模式也不改变任何东西
True
"""
