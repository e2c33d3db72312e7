"""Batch samples of different lengths: pad them and keep a mask of the real tokens.

>>> import torch
>>> from torch.utils.data import DataLoader
>>> from torchnotes.data import pad_collate
>>> samples = [torch.tensor([4, 5, 6]), torch.tensor([7]), torch.tensor([8, 9])]
>>> next(iter(DataLoader(samples, batch_size=3)))  # default_collate stacks, so lengths must match #zh: default_collate 用 stack 拼接，长度必须一致
Traceback (most recent call last):
    ...
RuntimeError: stack expects each tensor to be equal size, but got [3] at entry 0 and [1] at entry 1
>>> batch = next(iter(DataLoader(samples, batch_size=3, collate_fn=pad_collate)))
>>> batch["input_ids"]
tensor([[4, 5, 6],
        [7, 0, 0],
        [8, 9, 0]])
>>> batch["attention_mask"]  # 1 = real token, 0 = padding #zh: 1 表示真实 token，0 表示填充
tensor([[1, 1, 1],
        [1, 0, 0],
        [1, 1, 0]])
"""
