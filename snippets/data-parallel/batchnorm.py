"""BatchNorm under DataParallel: statistics per chunk, running statistics from the first chunk only.

>>> import torch
>>> from torch import nn
>>> from torchnotes.distributed import data_parallel_apply
>>> _ = torch.manual_seed(0)
>>> x = torch.randn(6, 3)
>>> norm = nn.BatchNorm1d(3)  # training mode: each replica normalises its own chunk #zh: 训练模式：每个副本用自己那一块的统计量归一化
>>> torch.allclose(data_parallel_apply(norm, x, num_replicas=2), norm(x))
False
>>> first, second = x.chunk(2)
>>> fresh = nn.BatchNorm1d(3)
>>> out = data_parallel_apply(fresh, x, num_replicas=2)
>>> torch.allclose(out[:3], norm(first)), torch.allclose(out[3:], norm(second))
(True, True)
>>> # only the first replica's running statistics reach the module #zh: 只有第一个副本的滑动统计量会写回模块
>>> torch.allclose(fresh.running_mean, 0.1 * first.mean(0))
True
"""
