"""With a bias nn.Linear is affine, not linear: f(0) = b and f(2x) != 2 f(x).

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(3, 2)
>>> x = torch.randn(3)
>>> layer(torch.zeros(3)), layer.bias  # a zero input gives the bias #zh: 零输入得到的正是偏置
(tensor([-0.0114,  0.4578], grad_fn=<ViewBackward0>), Parameter containing:
tensor([-0.0114,  0.4578], requires_grad=True))
>>> torch.allclose(layer(2 * x), 2 * layer(x))  # not homogeneous #zh: 不满足齐次性
False
>>> plain = nn.Linear(3, 2, bias=False)  # only without a bias is it linear #zh: 只有去掉偏置才是线性变换
>>> plain(torch.zeros(3)), torch.allclose(plain(2 * x), 2 * plain(x))
(tensor([0., 0.], grad_fn=<SqueezeBackward4>), True)
"""
