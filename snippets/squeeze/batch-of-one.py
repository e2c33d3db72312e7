"""squeeze() removes every size-1 dim, including a batch of one; name the dim you mean.

>>> import torch
>>> x = torch.zeros(1, 3, 1)
>>> torch.squeeze(x).shape
torch.Size([3])
>>> torch.squeeze(x, 0).shape  # only dim 0
torch.Size([3, 1])
>>> torch.squeeze(x, (0, 2)).shape  # a tuple of dims (torch >= 2.0)
torch.Size([3])
>>> torch.squeeze(x, 1).shape  # size 3 is not 1: silently unchanged
torch.Size([1, 3, 1])
>>> logits = torch.zeros(1, 1)  # batch of 1 sample, 1 output
>>> logits.squeeze().shape  # the batch dimension is gone too
torch.Size([])
>>> logits.squeeze(-1).shape  # keeps the batch
torch.Size([1])
"""
