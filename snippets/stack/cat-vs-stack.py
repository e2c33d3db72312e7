"""stack adds a new dimension; cat extends an existing one.

>>> import torch
>>> a, b = torch.zeros(4, 5), torch.ones(4, 5)
>>> torch.cat([a, b]).shape, torch.stack([a, b]).shape
(torch.Size([8, 5]), torch.Size([2, 4, 5]))
>>> torch.cat([a, b], dim=1).shape, torch.stack([a, b], dim=1).shape
(torch.Size([4, 10]), torch.Size([4, 2, 5]))
>>> torch.stack([a, b], dim=-1).shape  # the new axis can go after the last one
torch.Size([4, 5, 2])
>>> torch.equal(torch.stack([a, b]), torch.cat([a.unsqueeze(0), b.unsqueeze(0)]))
True
"""
