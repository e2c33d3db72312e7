"""squeeze drops size-1 dims: all of them, one, or a tuple; other dims are silently kept.

>>> import torch
>>> x = torch.zeros(1, 3, 1)
>>> torch.squeeze(x).shape
torch.Size([3])
>>> torch.squeeze(x, 0).shape  # only dim 0
torch.Size([3, 1])
>>> torch.squeeze(x, (0, 2)).shape  # a tuple of dims (torch >= 2.0)
torch.Size([3])
>>> torch.squeeze(x, 1).shape  # size 3 is not 1: unchanged, no error
torch.Size([1, 3, 1])
>>> x.squeeze(-1).unsqueeze(-1).shape  # unsqueeze puts it back
torch.Size([1, 3, 1])
"""
