"""stack adds a new dimension; cat extends an existing one.

>>> import torch
>>> a, b = torch.zeros(4, 5), torch.ones(4, 5)
>>> torch.cat([a, b]).shape, torch.stack([a, b]).shape
(torch.Size([8, 5]), torch.Size([2, 4, 5]))
>>> torch.cat([a, b], dim=1).shape, torch.stack([a, b], dim=1).shape
(torch.Size([4, 10]), torch.Size([4, 2, 5]))
>>> torch.stack([a, b], dim=-1).shape  # the new axis can go after the last one #zh: 新维度可以放在最后一维之后
torch.Size([4, 5, 2])
>>> all(torch.equal(torch.stack([a, b], d), torch.cat([a.unsqueeze(d), b.unsqueeze(d)], d))
...     for d in (0, 1, 2, -1))
True
>>> from torch.utils.data import default_collate
>>> torch.equal(default_collate([a, b]), torch.stack([a, b]))  # how a DataLoader batches samples #zh: DataLoader 就是这样把样本组成批次的
True
"""
