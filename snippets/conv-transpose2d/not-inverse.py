"""A transposed convolution is the gradient of a convolution, not its inverse.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> x = torch.randn(1, 1, 4, 4)
>>> w = torch.randn(1, 1, 3, 3)
>>> y = F.conv2d(x, w, padding=1)
>>> back = F.conv_transpose2d(y, w, padding=1)
>>> back.shape == x.shape, torch.allclose(back, x)  # same shape, other values #zh: 形状相同，数值不同
(True, False)
>>> _ = x.requires_grad_()
>>> g = torch.randn(1, 1, 4, 4)
>>> F.conv2d(x, w, padding=1).backward(g)
>>> torch.allclose(x.grad, F.conv_transpose2d(g, w, padding=1))  # the input gradient of conv2d #zh: 正是 conv2d 对输入的梯度
True
>>> conv = lambda t: F.conv2d(t, w, padding=1)
>>> matrix = torch.autograd.functional.jacobian(conv, x.detach()).reshape(16, 16)  # conv2d as a 16x16 matrix #zh: 把 conv2d 写成 16x16 的矩阵
>>> torch.allclose((matrix.T @ g.flatten()).reshape(1, 1, 4, 4), F.conv_transpose2d(g, w, padding=1), atol=1e-6)  # its transpose #zh: 它的转置
True
"""
