"""Max pooling is not shift invariant: moving the input by one position can change the output.

>>> import torch
>>> from torch import nn
>>> pool = nn.MaxPool1d(2)
>>> x = torch.tensor([[[0.0, 9.0, 1.0, 0.0, 0.0, 8.0]]])
>>> pool(x)
tensor([[[9., 1., 8.]]])
>>> pool(x.roll(1, dims=-1))  # shifted by one: a different output #zh: 平移一个位置：输出变了
tensor([[[8., 9., 0.]]])
>>> pool(x.roll(2, dims=-1))  # shifted by the stride: the output shifts too #zh: 平移一个步长：输出跟着平移
tensor([[[8., 9., 1.]]])
"""
