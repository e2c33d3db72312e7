"""groups splits the channels: each group of outputs sees only its group of inputs.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> full = nn.Conv2d(4, 4, kernel_size=3)
>>> grouped = nn.Conv2d(4, 4, kernel_size=3, groups=2)
>>> depthwise = nn.Conv2d(4, 4, kernel_size=3, groups=4)
>>> full.weight.shape, grouped.weight.shape, depthwise.weight.shape
(torch.Size([4, 4, 3, 3]), torch.Size([4, 2, 3, 3]), torch.Size([4, 1, 3, 3]))
>>> [m.weight.numel() for m in (full, grouped, depthwise)]  # weights shrink by the group count #zh: 权重数按组数成倍减少
[144, 72, 36]
>>> x = torch.zeros(1, 4, 5, 5)
>>> x[0, 0] = 1.0  # only channel 0 is non-zero #zh: 只有第 0 个通道非零
>>> with torch.no_grad():
...     out = grouped(x) - grouped.bias.reshape(1, 4, 1, 1)
>>> out.abs().sum(dim=(2, 3)) > 0  # groups=2: only outputs 0 and 1 (group 0) see input 0 #zh: groups=2：只有第 0 组的输出 0 和 1 看得到输入 0
tensor([[ True,  True, False, False]])
>>> with torch.no_grad():
...     out = depthwise(x) - depthwise.bias.reshape(1, 4, 1, 1)
>>> out.abs().sum(dim=(2, 3)) > 0  # depthwise: only output channel 0 sees it #zh: 逐通道卷积：只有第 0 个输出通道受到影响
tensor([[ True, False, False, False]])
"""
