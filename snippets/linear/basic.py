"""nn.Linear stores weight as (out_features, in_features) and computes x @ W.T + b.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(in_features=3, out_features=2)
>>> layer.weight.shape, layer.bias.shape  # weight is (out, in) #zh: weight 的形状是 (out, in)
(torch.Size([2, 3]), torch.Size([2]))
>>> sum(p.numel() for p in layer.parameters())  # 3 * 2 weights + 2 biases #zh: 3 * 2 个权重 + 2 个偏置
8
>>> x = torch.randn(4, 3)
>>> torch.allclose(layer(x), x @ layer.weight.T + layer.bias)
True
>>> layer(torch.randn(5, 7, 3)).shape  # every leading dim is kept #zh: 前面的维度全部保留
torch.Size([5, 7, 2])
>>> layer(torch.randn(3)).shape  # one unbatched sample works too #zh: 单个不带批次维度的样本也可以
torch.Size([2])
"""
