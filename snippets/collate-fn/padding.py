"""Samples of different lengths: default_collate refuses them, a padding collate_fn pads them and returns a mask.

>>> import functools
>>> import torch
>>> from torch.utils.data import DataLoader, default_collate
>>> from torchnotes.data import pad_collate
>>> sentences = [torch.tensor([5, 6, 7]), torch.tensor([8]), torch.tensor([9, 4])]
>>> default_collate(sentences[:2])
Traceback (most recent call last):
    ...
RuntimeError: stack expects each tensor to be equal size, but got [3] at entry 0 and [1] at entry 1
>>> loader = DataLoader(sentences, batch_size=3, collate_fn=functools.partial(pad_collate, pad_id=0))
>>> batch = next(iter(loader))
>>> batch["input_ids"]
tensor([[5, 6, 7],
        [8, 0, 0],
        [9, 4, 0]])
>>> batch["attention_mask"]  # 1 marks a real token #zh: 1 表示真实 token
tensor([[1, 1, 1],
        [1, 0, 0],
        [1, 1, 0]])
>>> import pickle
>>> pickle.loads(pickle.dumps(functools.partial(pad_collate, pad_id=0))).keywords  # a partial pickles #zh: partial 可以 pickle
{'pad_id': 0}
>>> try:
...     pickle.dumps(lambda batch: batch)
... except pickle.PicklingError:
...     print("a lambda cannot be pickled")
a lambda cannot be pickled
>>> default_collate([{"a": 1}, {"b": 2}])  # keys come from the first sample #zh: 键取自第一个样本
Traceback (most recent call last):
    ...
KeyError: 'a'
"""
