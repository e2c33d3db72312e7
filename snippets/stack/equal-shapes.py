"""stack needs identical shapes; cat only needs them to agree outside dim.

>>> import torch
>>> samples = [torch.zeros(3), torch.ones(3)]  # two samples of 3 features #zh: 两个样本，各 3 个特征
>>> torch.stack(samples).shape  # samples -> a batch #zh: 样本 -> 一个批次
torch.Size([2, 3])
>>> torch.cat(samples).shape  # not a batch: one long vector #zh: 不是批次，而是一个长向量
torch.Size([6])
>>> batch1, batch2 = torch.zeros(8, 3), torch.ones(5, 3)
>>> torch.cat([batch1, batch2]).shape  # two batches -> one batch #zh: 两个批次 -> 一个批次
torch.Size([13, 3])
>>> torch.stack([batch1, batch2])
Traceback (most recent call last):
    ...
RuntimeError: stack expects each tensor to be equal size, but got [8, 3] at entry 0 and [5, 3] at entry 1
"""
