"""tanh squashes any real number into [-1, 1]; it is odd, and a rescaled sigmoid.

>>> import torch
>>> x = torch.tensor([-3.0, -1.0, 0.0, 0.5, 3.0])
>>> torch.tanh(x)
tensor([-0.9951, -0.7616,  0.0000,  0.4621,  0.9951])
>>> torch.nn.Tanh()(x).equal(torch.tanh(x))
True
>>> torch.equal(torch.tanh(-x), -torch.tanh(x))  # odd: tanh(-x) = -tanh(x) #zh: 奇函数：tanh(-x) = -tanh(x)
True
>>> torch.allclose(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1)
True
>>> torch.tanh(torch.tensor([1, 2]))  # integers give floating-point results #zh: 整数输入得到浮点结果
tensor([0.7616, 0.9640])
"""
