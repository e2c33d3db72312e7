"""With track_running_stats=True eval uses running estimates; a 1x1 map cannot be normalized with its own statistics.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> tracked = nn.InstanceNorm2d(3, track_running_stats=True)
>>> x = torch.randn(1, 3, 4, 4) * 5 + 3
>>> train_out = tracked(x)
>>> eval_out = tracked.eval()(x)  # now the running estimates #zh: 此时用的是运行估计
>>> torch.allclose(train_out, eval_out)
False
>>> nn.InstanceNorm2d(3)(torch.randn(2, 3, 1, 1))  # one pixel per map #zh: 每张特征图只有一个像素
Traceback (most recent call last):
    ...
ValueError: Expected more than 1 spatial element when training, got input size torch.Size([2, 3, 1, 1])
>>> nn.InstanceNorm2d(3).eval()(torch.randn(2, 3, 1, 1))  # eval mode without running estimates: the same error #zh: 没有运行估计的 eval 模式：同样报错
Traceback (most recent call last):
    ...
ValueError: Expected more than 1 spatial element when training, got input size torch.Size([2, 3, 1, 1])
>>> tracked.eval()(torch.randn(2, 3, 1, 1)).shape  # eval mode with running estimates: accepted #zh: 有运行估计的 eval 模式：可以运行
torch.Size([2, 3, 1, 1])
"""
