"""DataLoader asks len(dataset) only through its sampler, and fetches with dataset[i], or with __getitems__ once per batch when defined.

>>> import torch
>>> from torch.utils.data import DataLoader, Dataset
>>> class NoLen(Dataset):
...     def __getitem__(self, i):
...         return i * 10
>>> list(DataLoader(NoLen(), batch_size=2))  # the default SequentialSampler calls len() #zh: 默认的 SequentialSampler 会调用 len()
Traceback (most recent call last):
    ...
TypeError: object of type 'NoLen' has no len()
>>> from torch.utils.data import SequentialSampler
>>> list(SequentialSampler(NoLen()))  # it is the sampler that asks for len() #zh: 调用 len() 的是采样器
Traceback (most recent call last):
    ...
TypeError: object of type 'NoLen' has no len()
>>> [b.tolist() for b in DataLoader(NoLen(), batch_size=2, sampler=[4, 0, 2])]  # any iterable of indices #zh: 任何可迭代的索引序列都行
[[40, 0], [20]]
>>> len(DataLoader(NoLen(), batch_size=2, sampler=[4, 0, 2]))  # len(loader) asks the sampler, not the dataset #zh: len(loader) 问的是采样器，不是数据集
2
>>> class Batched(NoLen):
...     def __len__(self):
...         return 4
...     def __getitems__(self, indices):  # one call per batch, when it exists #zh: 有这个方法时，每个批次只调用一次
...         print("__getitems__", indices)
...         return [i * 10 for i in indices]
>>> [b.tolist() for b in DataLoader(Batched(), batch_size=2)]
__getitems__ [0, 1]
__getitems__ [2, 3]
[[0, 10], [20, 30]]
"""
