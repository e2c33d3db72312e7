"""A unit whose inputs are all negative passes no gradient: its weights stop learning.

>>> import torch
>>> _ = torch.manual_seed(0)
>>> layer = torch.nn.Linear(3, 1)
>>> with torch.no_grad():
...     _ = layer.bias.fill_(-10.0)  # every pre-activation is now negative #zh: 现在所有激活前的值都是负数
>>> x = torch.randn(4, 3)
>>> layer(x).squeeze(1)  # before relu #zh: relu 之前
tensor([ -9.2992, -10.2672,  -9.8383, -10.7891], grad_fn=<SqueezeBackward1>)
>>> out = torch.relu(layer(x))
>>> out.squeeze(1)
tensor([0., 0., 0., 0.], grad_fn=<SqueezeBackward1>)
>>> out.sum().backward()
>>> layer.weight.grad, layer.bias.grad  # exactly zero: no update will revive it #zh: 恰好为零：更新无法让它恢复
(tensor([[0., 0., 0.]]), tensor([0.]))
>>> x2 = torch.tensor([[0.5, -1.0, 2.0]], requires_grad=True)
>>> torch.sigmoid(x2).sum().backward()
>>> x2.grad  # sigmoid's gradient is small but never exactly 0 here #zh: sigmoid 的梯度很小，但在这里不为 0
tensor([[0.2350, 0.1966, 0.1050]])
"""
