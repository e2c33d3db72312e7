"""A bare squeeze() also removes a batch dimension that happens to be 1.

>>> import torch
>>> logits = torch.zeros(4, 1)  # (batch, 1) from a one-output head #zh: 只有一个输出的输出头给出 (批次, 1)
>>> logits.squeeze().shape  # fine while the batch has 4 samples #zh: 批次有 4 个样本时没问题
torch.Size([4])
>>> last = torch.zeros(1, 1)  # the last batch of an epoch holds 1 sample #zh: 一轮训练的最后一个批次只有 1 个样本
>>> last.squeeze().shape  # the batch dimension is gone too #zh: 批次维也被删掉了
torch.Size([])
>>> torch.cat([logits.squeeze(), last.squeeze()])
Traceback (most recent call last):
    ...
RuntimeError: zero-dimensional tensor (at position 1) cannot be concatenated
>>> torch.cat([logits.squeeze(-1), last.squeeze(-1)]).shape  # name the dim you mean #zh: 写明要删的维度
torch.Size([5])
"""
