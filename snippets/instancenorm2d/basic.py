"""InstanceNorm2d normalizes every (sample, channel) map on its own, over H and W.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> x = torch.randn(2, 3, 4, 4) * 5 + 3
>>> out = nn.InstanceNorm2d(3)(x)
>>> out.mean(dim=(2, 3)).abs().max() < 1e-6  # every map has mean 0 #zh: 每张特征图的均值为 0
tensor(True)
>>> out.var(dim=(2, 3), unbiased=False)  # and variance 1 #zh: 方差为 1
tensor([[1.0000, 1.0000, 1.0000],
        [1.0000, 1.0000, 1.0000]])
>>> same = nn.InstanceNorm2d(3)(x[:1])  # the other sample plays no part #zh: 与另一个样本无关
>>> torch.allclose(same, out[:1])
True
>>> single = nn.InstanceNorm2d(3)(x[0])  # an unbatched (C, H, W) input #zh: 不带批次维度的 (C, H, W) 输入
>>> single.shape, torch.allclose(single, out[0])
(torch.Size([3, 4, 4]), True)
>>> bn = nn.BatchNorm2d(3)(x)  # BatchNorm2d: one mean per channel over the batch #zh: BatchNorm2d：每个通道在整个批次上只有一个均值
>>> bn.mean(dim=(2, 3)).abs().max() < 1e-6  # maps are not centred one by one #zh: 单张特征图并没有被中心化
tensor(False)
"""
