"""A clipped element gets zero gradient, and so does one sitting exactly on a number bound.

>>> import torch
>>> x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
>>> torch.clamp(x, 0, 1).sum().backward()
>>> x.grad  # only 0.5, strictly inside (0, 1), passes the gradient on
tensor([0., 0., 1., 0., 0.])
>>> x.grad = None
>>> torch.clamp(x, torch.tensor(0.0), torch.tensor(1.0)).sum().backward()
>>> x.grad  # tensor bounds: a tie with the bound splits the gradient in half
tensor([0.0000, 0.5000, 1.0000, 0.5000, 0.0000])
"""
