"""backward() only computes gradients (and adds them up); the optimizer's step changes the weights: W_new = W - lr * grad.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(2, 1)
>>> x = torch.tensor([[1.0, 2.0]])
>>> before = layer.weight.detach().clone()
>>> layer(x).square().sum().backward()
>>> torch.equal(layer.weight, before)  # backward changed no weight #zh: backward 没有改变任何权重
True
>>> layer.weight.grad
tensor([[0.3427, 0.6855]])
>>> layer(x).square().sum().backward()  # a second backward adds to .grad #zh: 再做一次 backward，梯度累加到 .grad 上
>>> layer.weight.grad  # twice the gradient #zh: 变成两倍
tensor([[0.6855, 1.3710]])
>>> opt = torch.optim.SGD(layer.parameters(), lr=0.1)
>>> opt.zero_grad()  # clears the accumulated gradient #zh: 清掉累积的梯度
>>> layer.weight.grad is None  # set_to_none=True by default #zh: 默认 set_to_none=True
True
>>> layer(x).square().sum().backward()
>>> opt.step()  # gradient descent: W - lr * grad #zh: 梯度下降：W - lr * grad
>>> torch.allclose(layer.weight, before - 0.1 * layer.weight.grad)
True
"""
