"""in_features must be the size of the last dimension; other layouts raise, or mix samples when the sizes match.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(3, 2)
>>> channels_first = torch.randn(3, 5)  # 3 features in dim 0, 5 samples #zh: 3 个特征在第 0 维，5 个样本
>>> layer(channels_first)
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x5 and 3x2)
>>> layer(channels_first.T).shape  # move the features last #zh: 把特征维移到最后
torch.Size([5, 2])
>>> m = torch.randn(3, 3)  # 3 features x 3 samples, features in dim 0 #zh: 3 个特征 x 3 个样本，特征在第 0 维
>>> layer(m).shape  # no error #zh: 不报错
torch.Size([3, 2])
>>> changed = m.clone()
>>> changed[:, 2] += 1.0  # change sample 2 only #zh: 只改动第 2 个样本
>>> (layer(changed) != layer(m)).any(dim=1)  # every output row moves: each one mixes all samples #zh: 每一行输出都变了：每行都混合了全部样本
tensor([True, True, True])
>>> (layer(changed.T) != layer(m.T)).any(dim=1)  # features last: only sample 2's output moves #zh: 特征放在最后：只有第 2 个样本的输出变了
tensor([False, False,  True])
>>> nn.Linear(3, 2)(torch.tensor([1, 2, 3]))  # integer inputs are refused #zh: 整数输入会报错
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float
>>> layer(torch.randn(3, dtype=torch.float64))  # so are float64 inputs to a float32 layer #zh: float32 的层收到 float64 输入也会报错
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
"""
