"""A fully connected layer has in_features * out_features weights plus out_features biases.

>>> import torch
>>> from torch import nn
>>> from torchnotes.concepts import mlp_parameter_count
>>> fc = nn.Linear(4, 3)
>>> fc.weight.shape, fc.bias.shape  # one row of weights per output #zh: 每个输出一行权重
(torch.Size([3, 4]), torch.Size([3]))
>>> sum(p.numel() for p in fc.parameters())  # 4 * 3 weights + 3 biases #zh: 4 * 3 个权重 + 3 个偏置
15
>>> mlp_parameter_count([3 * 224 * 224, 4096])  # a flattened image into 4096 units #zh: 展平的图像接 4096 个单元
616566784
>>> sum(p.numel() for p in nn.Conv2d(3, 64, kernel_size=3).parameters())  # a 3x3 conv, for comparison #zh: 作为对比：3x3 卷积
1792
"""
