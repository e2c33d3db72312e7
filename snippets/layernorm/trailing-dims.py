"""normalized_shape names the trailing dims: LayerNorm(C) does not normalize channels of (N, C, H, W).

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> image = torch.randn(2, 3, 8, 8)
>>> nn.LayerNorm(3)(image)  # 3 is not the last dim #zh: 3 不是最后一维
Traceback (most recent call last):
    ...
RuntimeError: Given normalized_shape=[3], expected input with shape [*, 3], but got input of size[2, 3, 8, 8]
>>> wide = nn.LayerNorm(3)(torch.randn(2, 3, 8, 3))  # W == C == 3: no error #zh: W == C == 3：不报错
>>> wide.mean(dim=-1).abs().max() < 1e-6  # but what it centred is each row along W #zh: 但被中心化的是沿 W 的每一行
tensor(True)
>>> nn.LayerNorm([3, 8, 8])(image).shape  # the whole (C, H, W) of each sample #zh: 每个样本的整个 (C, H, W)
torch.Size([2, 3, 8, 8])
>>> nn.LayerNorm([3, 8, 8]).weight.shape  # one gamma per element, not one per channel #zh: 每个元素一个 gamma，而不是每个通道一个
torch.Size([3, 8, 8])
>>> channels_last = image.permute(0, 2, 3, 1)  # (N, H, W, C) #zh: 形状变为 (N, H, W, C)
>>> nn.LayerNorm(3)(channels_last).shape  # each pixel over its channels #zh: 每个像素在自己的通道上归一化
torch.Size([2, 8, 8, 3])
"""
