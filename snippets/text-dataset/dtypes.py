"""Samples of different dtypes: pad_collate promotes like torch.stack; pad_sequence casts to the first.

>>> import torch
>>> from torch.nn.utils.rnn import pad_sequence
>>> from torchnotes.data import pad_collate
>>> samples = [torch.tensor([1], dtype=torch.int32), torch.tensor([2**40])]
>>> torch.stack(samples)  # int32 and int64 promote to int64 #zh: int32 与 int64 提升为 int64
tensor([[            1],
        [1099511627776]])
>>> pad_collate(samples)["input_ids"]
tensor([[            1],
        [1099511627776]])
>>> pad_sequence(samples, batch_first=True)  # cast to batch[0]'s int32: 2**40 is lost #zh: 转换成 batch[0] 的 int32：2**40 丢失了
tensor([[1],
        [0]], dtype=torch.int32)
>>> pad_collate([torch.tensor([1], dtype=torch.uint8)], pad_id=-1)  # a pad value the dtype cannot hold #zh: 数据类型装不下的填充值
Traceback (most recent call last):
    ...
ValueError: pad_collate(): pad_id=-1 does not fit the samples' dtype torch.uint8 (range [0, 255])
"""
