"""A bare squeeze() also removes a batch dimension that happens to be 1.

>>> import torch
>>> logits = torch.zeros(4, 1)  # (batch, 1) from a one-output head
>>> logits.squeeze().shape  # fine while the batch has 4 samples
torch.Size([4])
>>> last = torch.zeros(1, 1)  # the last batch of an epoch holds 1 sample
>>> last.squeeze().shape  # the batch dimension is gone too
torch.Size([])
>>> torch.cat([logits.squeeze(), last.squeeze()])
Traceback (most recent call last):
    ...
RuntimeError: zero-dimensional tensor (at position 1) cannot be concatenated
>>> torch.cat([logits.squeeze(-1), last.squeeze(-1)]).shape  # name the dim you mean
torch.Size([5])
"""
