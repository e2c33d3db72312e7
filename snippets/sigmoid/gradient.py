"""The derivative sigmoid(x) * (1 - sigmoid(x)) is at most 0.25 and fades quickly away from 0.

>>> import torch
>>> x = torch.tensor([0.0, 2.0, 5.0, 10.0, -10.0], requires_grad=True)
>>> torch.sigmoid(x).sum().backward()
>>> x.grad
tensor([2.5000e-01, 1.0499e-01, 6.6480e-03, 4.5417e-05, 4.5396e-05])
>>> s = torch.sigmoid(x.detach())
>>> torch.allclose(x.grad, s * (1 - s))
True
>>> grid = (torch.arange(-2000, 2001) / 100).requires_grad_()  # from -20 to 20 in steps of 0.01 #zh: 从 -20 到 20，步长 0.01
>>> torch.sigmoid(grid).sum().backward()
>>> grid.grad.max(), grid.detach()[grid.grad.argmax()]  # the largest slope, and where: at 0 #zh: 最大的斜率及其位置：在 0 处
(tensor(0.2500), tensor(0.))
>>> t = torch.tensor(0.0, requires_grad=True)
>>> y = t
>>> for _ in range(5):  # five sigmoid layers in a row #zh: 连续五层 sigmoid
...     y = torch.sigmoid(y)
>>> y.backward()
>>> t.grad  # a product of five factors, each at most 0.25 #zh: 五个因子的乘积，每个都不超过 0.25
tensor(0.0007)
"""
