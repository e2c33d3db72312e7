"""The gradient of relu is 1 for x > 0 and 0 for x < 0; at exactly 0 torch uses 0.

>>> import torch
>>> x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
>>> torch.relu(x).sum().backward()
>>> x.grad
tensor([0., 0., 1.])
"""
