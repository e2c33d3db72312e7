"""A freshly initialised block is not the identity; with the last BatchNorm weight at zero it starts as relu(x).

>>> import torch
>>> from torchnotes.concepts import BasicBlock
>>> _ = torch.manual_seed(0)
>>> x = torch.randn(2, 8, 6, 6)
>>> block = BasicBlock(8, 8).eval()
>>> (block(x) - x).abs().mean()  # default initialisation: far from x #zh: 默认初始化：与 x 相差很大
tensor(0.4400, grad_fn=<MeanBackward0>)
>>> zero = BasicBlock(8, 8, zero_init_residual=True).eval()
>>> zero.bn2.weight[:3]
tensor([0., 0., 0.], grad_fn=<SliceBackward0>)
>>> torch.equal(zero(x), torch.relu(x))  # F(x) = 0: relu(x), still not x #zh: F(x) = 0：得到 relu(x)，仍然不是 x
True
>>> _ = x.requires_grad_()
>>> zero(x).sum().backward()
>>> torch.equal(x.grad, (x > 0).float())  # d(out)/dx is 1 where x > 0: the shortcut's identity #zh: x > 0 处 d(out)/dx 为 1：来自捷径的恒等项
True
"""
