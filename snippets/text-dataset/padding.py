"""Batch samples of different lengths: pad them and keep a mask of the real tokens.

>>> import torch
>>> from torch.utils.data import DataLoader
>>> from torchnotes.data import pad_collate
>>> samples = [torch.tensor([4, 5, 6]), torch.tensor([7]), torch.tensor([8, 9])]
>>> batch = next(iter(DataLoader(samples, batch_size=3, collate_fn=pad_collate)))
>>> batch["input_ids"]
tensor([[4, 5, 6],
        [7, 0, 0],
        [8, 9, 0]])
>>> batch["attention_mask"]
tensor([[1, 1, 1],
        [1, 0, 0],
        [1, 1, 0]])
>>> next(iter(DataLoader(samples, batch_size=3)))  # default_collate cannot stack them
Traceback (most recent call last):
    ...
RuntimeError: stack expects each tensor to be equal size, but got [3] at entry 0 and [1] at entry 1
"""
