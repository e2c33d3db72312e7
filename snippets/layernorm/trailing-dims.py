"""normalized_shape names the trailing dims: LayerNorm(C) does not normalize channels of (N, C, H, W).

>>> import torch
>>> from torch import nn
>>> image = torch.randn(2, 3, 8, 8)
>>> nn.LayerNorm(3)(image)  # 3 is not the last dim #zh: 3 不是最后一维
Traceback (most recent call last):
    ...
RuntimeError: Given normalized_shape=[3], expected input with shape [*, 3], but got input of size[2, 3, 8, 8]
>>> nn.LayerNorm([3, 8, 8])(image).shape  # the whole (C, H, W) of each sample #zh: 每个样本的整个 (C, H, W)
torch.Size([2, 3, 8, 8])
>>> channels_last = image.permute(0, 2, 3, 1)  # (N, H, W, C) #zh: 形状变为 (N, H, W, C)
>>> nn.LayerNorm(3)(channels_last).shape  # each pixel over its channels #zh: 每个像素在自己的通道上归一化
torch.Size([2, 8, 8, 3])
"""
