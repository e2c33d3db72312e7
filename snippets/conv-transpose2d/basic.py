"""ConvTranspose2d: weight (in_channels, out_channels, kH, kW); every input pixel stamps the kernel.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> up = nn.ConvTranspose2d(in_channels=8, out_channels=3, kernel_size=4, stride=2, padding=1)
>>> up.weight.shape  # input channels first #zh: 输入通道在前
torch.Size([8, 3, 4, 4])
>>> nn.Conv2d(8, 3, kernel_size=4).weight.shape  # Conv2d: output channels first #zh: Conv2d：输出通道在前
torch.Size([3, 8, 4, 4])
>>> nn.ConvTranspose2d(4, 6, kernel_size=3, groups=2).weight.shape  # (in_channels, out_channels // groups, kH, kW) #zh: (in_channels, out_channels // groups, kH, kW) 布局
torch.Size([4, 3, 3, 3])
>>> up(torch.randn(1, 8, 16, 16)).shape  # (16 - 1) * 2 - 2 * 1 + 4 = 32 per axis #zh: 每个方向 (16 - 1) * 2 - 2 * 1 + 4 = 32
torch.Size([1, 3, 32, 32])
>>> stamp = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, bias=False)
>>> with torch.no_grad():
...     _ = stamp.weight.fill_(1.0)
...     out = stamp(torch.ones(1, 1, 2, 2))
>>> out  # four stamps of a 3x3 kernel, 2 apart: overlaps add up #zh: 3x3 的卷积核在相隔 2 个像素的四个位置各盖一次，重叠处相加
tensor([[[[1., 1., 2., 1., 1.],
          [1., 1., 2., 1., 1.],
          [2., 2., 4., 2., 2.],
          [1., 1., 2., 1., 1.],
          [1., 1., 2., 1., 1.]]]])
"""
