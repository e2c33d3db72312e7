"""The kept elements are divided by 1 - p, so the expected value stays the same.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(6)
>>> h = torch.tensor([0.5, 0.3, 0.8, 0.2, 0.6])
>>> nn.Dropout(p=0.4)(h)  # survivors are h / 0.6, not h #zh: 保留下来的是 h / 0.6，而不是 h
tensor([0.8333, 0.0000, 0.0000, 0.3333, 1.0000])
>>> h / 0.6
tensor([0.8333, 0.5000, 1.3333, 0.3333, 1.0000])
>>> big = torch.ones(100_000)
>>> out = nn.Dropout(p=0.4)(big)
>>> round((out == 0).float().mean().item(), 2), round(out.mean().item(), 2)  # 40% zeros, mean still 1 #zh: 40% 为零，均值仍为 1
(0.4, 1.0)
"""
