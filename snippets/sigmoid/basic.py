"""sigmoid(x) = 1 / (1 + exp(-x)) squashes any real number into [0, 1], with sigmoid(0) = 0.5.

>>> import torch
>>> x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0])
>>> torch.sigmoid(x)
tensor([0.0180, 0.2689, 0.5000, 0.7311, 0.9820])
>>> torch.nn.Sigmoid()(x).equal(torch.sigmoid(x))
True
>>> torch.allclose(torch.sigmoid(-x), 1 - torch.sigmoid(x))  # symmetric about (0, 0.5) #zh: 关于点 (0, 0.5) 对称
True
>>> torch.sigmoid(torch.tensor([0, 2]))  # integers give floating-point results #zh: 整数输入得到浮点结果
tensor([0.5000, 0.8808])
"""
