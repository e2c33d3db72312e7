"""stack adds a new dimension; cat extends an existing one.

>>> import torch
>>> a, b = torch.zeros(4, 5), torch.ones(4, 5)
>>> torch.cat([a, b]).shape, torch.stack([a, b]).shape
(torch.Size([8, 5]), torch.Size([2, 4, 5]))
>>> torch.stack([a, b], dim=1).shape  # the new axis can go anywhere
torch.Size([4, 2, 5])
>>> torch.stack([a, b], dim=-1).shape
torch.Size([4, 5, 2])
>>> torch.equal(torch.stack([a, b]), torch.cat([a.unsqueeze(0), b.unsqueeze(0)]))
True
>>> torch.stack([torch.zeros(2), torch.zeros(3)])  # stack needs equal shapes
Traceback (most recent call last):
    ...
RuntimeError: stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1
"""
