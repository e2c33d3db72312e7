"""F.dropout defaults to training=True: inside forward, pass self.training or it drops in eval too.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch import nn
>>> class Net(nn.Module):
...     def forward(self, x):
...         return F.dropout(x, p=0.5)  # forgot training=self.training #zh: 忘了传 training=self.training
>>> class Fixed(nn.Module):
...     def forward(self, x):
...         return F.dropout(x, p=0.5, training=self.training)
>>> _ = torch.manual_seed(0)
>>> Net().eval()(torch.ones(6))  # still drops in eval mode #zh: 评估模式下照样丢弃
tensor([0., 0., 2., 0., 0., 0.])
>>> Fixed().eval()(torch.ones(6))
tensor([1., 1., 1., 1., 1., 1.])
>>> _ = torch.manual_seed(0)
>>> a = F.dropout(torch.ones(6))
>>> _ = torch.manual_seed(0)
>>> torch.equal(a, F.dropout(torch.ones(6)))  # the mask comes from the global generator #zh: 掩码来自全局随机数生成器
True
"""
