"""By default InstanceNorm2d has no gamma/beta and no running statistics: eval changes nothing.

>>> import torch
>>> from torch import nn
>>> norm = nn.InstanceNorm2d(3)
>>> norm  # affine=False, track_running_stats=False by default #zh: 默认 affine=False、track_running_stats=False
InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=False, bias=False, track_running_stats=False)
>>> list(norm.parameters()), list(norm.buffers())
([], [])
>>> [n for n, _ in nn.BatchNorm2d(3).named_parameters()]  # BatchNorm2d has them #zh: BatchNorm2d 则有
['weight', 'bias']
>>> x = torch.randn(1, 3, 4, 4)
>>> torch.equal(norm.train()(x), norm.eval()(x))  # the same in both modes #zh: 两种模式下结果相同
True
>>> [n for n, _ in nn.InstanceNorm2d(3, affine=True).named_parameters()]  # opt in #zh: 需要时显式打开
['weight', 'bias']
>>> [n for n, _ in nn.InstanceNorm2d(3, affine=True, bias=False).named_parameters()]  # keyword-only bias=False: a scale only #zh: 仅限关键字参数 bias=False：只有缩放
['weight']
"""
