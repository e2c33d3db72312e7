"""Submodules, ParameterList and buffers register; a tied Parameter is listed once.

>>> import torch
>>> from torch import nn
>>> from torchnotes.tensors import count_parameters
>>> class Net(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.layer = nn.Linear(3, 4)  # a submodule: its parameters count #zh: 子模块：它的参数都算
...         self.ps = nn.ParameterList([nn.Parameter(torch.ones(2))])
...         self.register_buffer("t", torch.zeros(3))  # saved and moved, not trained #zh: 随模型保存和移动，但不训练
>>> net = Net()
>>> [name for name, _ in net.named_parameters()]
['layer.weight', 'layer.bias', 'ps.0']
>>> [name for name, _ in net.named_buffers()], "t" in net.state_dict()
(['t'], True)
>>> net.to("meta").t.device  # the buffer moves with the model #zh: 缓冲区随模型一起移动
device(type='meta')
>>> a, b = nn.Linear(3, 3, bias=False), nn.Linear(3, 3, bias=False)
>>> b.weight = a.weight  # tied weights #zh: 共享权重
>>> tied = nn.Sequential(a, b)
>>> len(list(tied.parameters())), count_parameters(tied)  # listed once: 9 values, not 18 #zh: 只列出一次：9 个值而不是 18 个
(1, 9)
"""
