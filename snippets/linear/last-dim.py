"""in_features must be the size of the last dimension; other layouts raise.

>>> import torch
>>> from torch import nn
>>> layer = nn.Linear(3, 2)
>>> channels_first = torch.randn(3, 5)  # 3 features in dim 0, 5 samples #zh: 3 个特征在第 0 维，5 个样本
>>> layer(channels_first)
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x5 and 3x2)
>>> layer(channels_first.T).shape  # move the features last #zh: 把特征维移到最后
torch.Size([5, 2])
>>> nn.Linear(3, 2)(torch.tensor([1, 2, 3]))  # integer inputs are refused #zh: 整数输入会报错
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float
"""
