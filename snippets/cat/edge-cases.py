"""Negative dims, dtype promotion, and the legacy empty tensor that cat skips.

>>> import torch
>>> from torchnotes.shape import cat
>>> a = torch.ones(2, 3)
>>> torch.cat([a, torch.zeros(2, 1)], dim=-1).shape  # -1 is the last dim
torch.Size([2, 4])
>>> torch.cat([torch.tensor([1], dtype=torch.uint8), torch.tensor([-1], dtype=torch.int8)])
tensor([ 1, -1], dtype=torch.int16)
>>> torch.cat([torch.tensor([True]), torch.tensor([2])])  # bool joins int as int64
tensor([1, 2])
>>> torch.cat([a, torch.empty(0)]).shape  # shape (0,) is skipped even though a is 2-d
torch.Size([2, 3])
>>> torch.cat([a, torch.empty(0, 3)]).shape  # an empty (0, 3) follows the normal rule
torch.Size([2, 3])
>>> torch.cat([a, torch.empty(0, dtype=torch.float64)]).dtype  # skipped, yet its dtype counts
torch.float64
>>> cat([a, torch.ones(2, 3), torch.ones(2, 4)], dim=0)  # the reference names the culprit
Traceback (most recent call last):
    ...
ValueError: cat(): tensors[2] has size 4 in dimension 1, expected 3; only dim=0 may differ
"""
