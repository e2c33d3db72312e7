"""stack needs identical shapes; cat only needs them to agree outside dim.

>>> import torch
>>> samples = [torch.zeros(3), torch.ones(3)]  # two samples of 3 features
>>> torch.stack(samples).shape  # samples -> a batch
torch.Size([2, 3])
>>> torch.cat(samples).shape  # not a batch: one long vector
torch.Size([6])
>>> batch1, batch2 = torch.zeros(8, 3), torch.ones(5, 3)
>>> torch.cat([batch1, batch2]).shape  # two batches -> one batch
torch.Size([13, 3])
>>> torch.stack([batch1, batch2])
Traceback (most recent call last):
    ...
RuntimeError: stack expects each tensor to be equal size, but got [8, 3] at entry 0 and [5, 3] at entry 1
"""
