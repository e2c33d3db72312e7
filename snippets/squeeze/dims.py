"""squeeze drops size-1 dims: all of them, one, or a tuple; other dims are silently kept.

>>> import torch
>>> x = torch.zeros(1, 3, 1)
>>> torch.squeeze(x).shape
torch.Size([3])
>>> torch.squeeze(x, 0).shape  # only dim 0 #zh: 只删第 0 维
torch.Size([3, 1])
>>> torch.squeeze(x, -1).shape  # only the last dim #zh: 只删最后一维
torch.Size([1, 3])
>>> torch.squeeze(x, (0, 2)).shape  # a tuple of dims (torch >= 2.0) #zh: 维度元组（torch >= 2.0）
torch.Size([3])
>>> torch.squeeze(x, 1).shape  # size 3 is not 1: unchanged, no error #zh: 长度 3 不是 1：不变，也不报错
torch.Size([1, 3, 1])
>>> x.squeeze(-1).unsqueeze(-1).shape  # unsqueeze puts it back #zh: unsqueeze 把它加回来
torch.Size([1, 3, 1])
>>> torch.squeeze(x, (0, -3))  # dim 0 twice #zh: 第 0 维出现两次
Traceback (most recent call last):
    ...
RuntimeError: dim 0 appears multiple times in the list of dims
>>> torch.squeeze(x, 3)  # out of range #zh: 超出范围
Traceback (most recent call last):
    ...
IndexError: Dimension out of range (expected to be in range of [-3, 2], but got 3)
"""
