"""summary() on a ConvNet that reproduces the summary in torchinfo's README: output shape and own parameters per layer, then the totals.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch import nn
>>> from torchnotes.profiling import summary
>>> class ConvNet(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.conv1 = nn.Conv2d(1, 10, kernel_size=5)
...         self.conv2 = nn.Conv2d(10, 20, kernel_size=5)
...         self.conv2_drop = nn.Dropout2d()
...         self.fc1 = nn.Linear(320, 50)
...         self.fc2 = nn.Linear(50, 10)
...     def forward(self, x):
...         x = F.relu(F.max_pool2d(self.conv1(x), 2))
...         x = F.relu(F.max_pool2d(self.conv2_drop(self.conv2(x)), 2))
...         x = F.relu(self.fc1(x.flatten(1)))
...         return F.log_softmax(self.fc2(x), dim=1)
>>> model = ConvNet()
>>> stats = summary(model, (16, 1, 28, 28))  # the batch dimension is part of input_size #zh: input_size 包含批次维度
>>> for name, kind, shape, params in stats["layers"]:
...     print(f"{name:<11}{kind:<10}{str(list(shape)):<18}{params:>6,}")
conv1      Conv2d    [16, 10, 24, 24]     260
conv2      Conv2d    [16, 20, 8, 8]     5,020
conv2_drop Dropout2d [16, 20, 8, 8]         0
fc1        Linear    [16, 50]          16,050
fc2        Linear    [16, 10]             510
>>> stats["total"], stats["trainable"]
(21840, 21840)
>>> stats["total"] == sum(p.numel() for p in model.parameters())
True
>>> conv1 = model.conv1
>>> conv1.weight.numel(), conv1.bias.numel()  # 10 filters of 1 x 5 x 5, one bias each #zh: 10 个 1 x 5 x 5 的卷积核，各带一个偏置
(250, 10)
"""
