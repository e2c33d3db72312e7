"""A buffer is state that is saved and moved with the module but not trained; a plain tensor attribute is neither.

>>> import torch
>>> from torch import nn
>>> class Norm(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.register_buffer("mean", torch.zeros(2))  # saved and moved #zh: 会被保存、会随模块移动
...         self.register_buffer("cache", torch.zeros(2), persistent=False)  # moved, not saved #zh: 会移动，不保存
...         self.plain = torch.zeros(2)  # neither #zh: 两者都不会
>>> m = Norm()
>>> list(m.state_dict())
['mean']
>>> [name for name, _ in m.named_buffers()]
['mean', 'cache']
>>> list(m._buffers)  # the registry behind named_buffers() #zh: named_buffers() 背后的登记表
['mean', 'cache']
>>> list(m.parameters())  # buffers are not parameters: the optimizer never sees them #zh: 缓冲区不是参数：优化器看不到它们
[]
>>> m = m.to(torch.float64)
>>> m.mean.dtype, m.cache.dtype, m.plain.dtype
(torch.float64, torch.float64, torch.float32)
>>> bn = nn.BatchNorm1d(2)
>>> [name for name, _ in bn.named_buffers()]  # running statistics are buffers #zh: 滑动统计量就是缓冲区
['running_mean', 'running_var', 'num_batches_tracked']
>>> [name for name, _ in bn.named_parameters()]  # only the affine weights are trained #zh: 只有仿射权重参与训练
['weight', 'bias']
>>> list(bn.state_dict())  # both are saved #zh: 两者都会保存
['weight', 'bias', 'running_mean', 'running_var', 'num_batches_tracked']
"""
