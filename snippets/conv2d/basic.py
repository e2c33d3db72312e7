"""Conv2d: weight (out_channels, in_channels, kH, kW) and the output-size formula.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3, stride=2, padding=1)
>>> conv.weight.shape, conv.bias.shape  # one 3x3x3 kernel per output channel #zh: 每个输出通道一个 3x3x3 的卷积核
(torch.Size([8, 3, 3, 3]), torch.Size([8]))
>>> sum(p.numel() for p in conv.parameters())  # 8 kernels of 3 * 3 * 3, plus 8 biases #zh: 8 个 3 * 3 * 3 的卷积核，加 8 个偏置
224
>>> x = torch.randn(2, 3, 32, 32)
>>> conv(x).shape  # (32 + 2 * 1 - 3) // 2 + 1 = 16 per axis #zh: 每个方向 (32 + 2 * 1 - 3) // 2 + 1 = 16
torch.Size([2, 8, 16, 16])
>>> nn.Conv2d(3, 8, kernel_size=3, padding="same")(x).shape  # size kept (stride 1 only) #zh: 尺寸不变（仅限 stride 为 1）
torch.Size([2, 8, 32, 32])
>>> nn.Conv2d(3, 8, kernel_size=3, stride=2, padding="same")
Traceback (most recent call last):
    ...
ValueError: padding='same' is not supported for strided convolutions
>>> nn.Conv2d(3, 8, kernel_size=(3, 5), stride=(1, 2))(x).shape  # each axis on its own #zh: 每个方向分别计算
torch.Size([2, 8, 30, 14])
>>> nn.Conv2d(3, 8, kernel_size=3, dilation=2)(x).shape  # kernel elements 2 apart: (32 - 2 * (3 - 1) - 1) // 1 + 1 = 28 #zh: 卷积核元素相隔 2：(32 - 2 * (3 - 1) - 1) // 1 + 1 = 28
torch.Size([2, 8, 28, 28])
>>> nn.Conv2d(3, 8, kernel_size=5)(torch.randn(1, 3, 4, 4))  # kernel larger than the input #zh: 卷积核比输入还大
Traceback (most recent call last):
    ...
RuntimeError: Calculated padded input size per channel: (4 x 4). Kernel size: (5 x 5). Kernel size can't be greater than actual input size
>>> nn.Conv2d(3, 8, kernel_size=3, dilation=3)(torch.randn(1, 3, 6, 6))  # dilated, the 3x3 kernel spans 7x7 #zh: 膨胀之后，3x3 的卷积核覆盖 7x7
Traceback (most recent call last):
    ...
RuntimeError: Calculated padded input size per channel: (6 x 6). Kernel size: (7 x 7). Kernel size can't be greater than actual input size
"""
