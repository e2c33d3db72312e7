"""A device object moves nothing; tensor.to(device) returns the moved tensor, and only keeping it counts.

>>> import torch
>>> from torch import nn
>>> x = torch.zeros(2)
>>> target = torch.device("meta")  # meta: a device every machine has, holding no data #zh: meta：每台机器都有的设备，不存数据
>>> x.device
device(type='cpu')
>>> _ = x.to(target)  # result thrown away: x itself has not moved #zh: 结果被丢弃：x 本身没有移动
>>> x.device
device(type='cpu')
>>> x = x.to(target)
>>> x.device
device(type='meta')
>>> model = nn.Linear(2, 2)
>>> model.to(target) is model  # a module, unlike a tensor, moves in place and returns itself #zh: 模块与张量不同：原地移动并返回自身
True
>>> model.weight.device
device(type='meta')
>>> nn.BatchNorm1d(2).to(target).running_mean.device  # registered buffers move too #zh: 注册的缓冲区（buffer）也一起移动
device(type='meta')
"""
