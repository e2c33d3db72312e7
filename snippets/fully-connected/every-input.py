"""Every output depends on every input, and nn.Linear acts on the last dimension whatever comes before it.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> fc = nn.Linear(4, 3)
>>> x = torch.zeros(1, 4)
>>> y0 = fc(x)
>>> x[0, 2] = 1.0  # change one input #zh: 只改变一个输入
>>> fc(x) - y0  # all three outputs move, by column 2 of the weight #zh: 三个输出都变了，变化量是权重的第 2 列
tensor([[-0.4115, -0.0099, -0.1511]], grad_fn=<SubBackward0>)
>>> fc.weight[:, 2]
tensor([-0.4115, -0.0099, -0.1511], grad_fn=<SelectBackward0>)
>>> fc(torch.randn(8, 10, 4)).shape  # (batch, tokens, features): leading dims kept #zh: (批次, token, 特征)：前面的维度保持不变
torch.Size([8, 10, 3])
>>> fc(torch.randn(4)).shape  # a single vector works too #zh: 单个向量也可以
torch.Size([3])
>>> fc(torch.randn(8, 5))  # only the last dim must equal in_features #zh: 只有最后一维必须等于 in_features
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 shapes cannot be multiplied (8x5 and 4x3)
"""
