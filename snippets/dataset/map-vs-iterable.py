"""A map-style Dataset answers dataset[i] and len(dataset); an IterableDataset only yields samples.

>>> import torch
>>> from torch.utils.data import DataLoader, Dataset
>>> from torchnotes.data import RangeStream
>>> class Squares(Dataset):
...     def __init__(self, n):
...         self.n = n
...     def __len__(self):  # the sampler reads it, and so does len(loader) #zh: 采样器要读它，len(loader) 也要读它
...         return self.n
...     def __getitem__(self, i):
...         return torch.tensor([i, i * i])
>>> ds = Squares(5)
>>> ds[3], len(ds)
(tensor([3, 9]), 5)
>>> loader = DataLoader(ds, batch_size=2)
>>> len(loader), [b[:, 1].tolist() for b in loader]
(3, [[0, 1], [4, 9], [16]])
>>> shuffled = DataLoader(ds, batch_size=2, shuffle=True, generator=torch.Generator().manual_seed(0))
>>> [b[:, 0].tolist() for b in shuffled]  # the loader shuffles the indices it asks for #zh: 加载器打乱它要取的索引
[[3, 1], [0, 4], [2]]
>>> stream = RangeStream(0, 5)  # an IterableDataset: only __iter__ #zh: IterableDataset：只有 __iter__
>>> [b.tolist() for b in DataLoader(stream, batch_size=2)]
[[0, 1], [2, 3], [4]]
>>> len(DataLoader(stream, batch_size=2))  # a stream need not know its length #zh: 数据流不必知道自己的长度
Traceback (most recent call last):
    ...
TypeError: object of type 'RangeStream' has no len()
>>> DataLoader(stream, shuffle=True)  # no indices, so nothing to shuffle #zh: 没有索引，也就无从打乱
Traceback (most recent call last):
    ...
ValueError: DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=True
"""
