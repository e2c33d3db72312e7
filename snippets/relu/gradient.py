"""The gradient of relu is 1 for x > 0 and 0 for x < 0; at exactly 0 torch uses 0.

>>> import torch
>>> x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
>>> torch.relu(x).sum().backward()
>>> x.grad
tensor([0., 0., 1.])
>>> n = torch.tensor([float("nan")], requires_grad=True)
>>> torch.relu(n).sum().backward()
>>> n.grad  # NaN is not <= 0, so the gradient passes #zh: NaN 不满足 <= 0，梯度照常传递
tensor([1.])
"""
