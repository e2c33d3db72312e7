"""batch_size, drop_last and shuffle decide which indices each batch holds; len(loader) counts the batches.

>>> import inspect
>>> import torch
>>> from torch.utils.data import DataLoader
>>> defaults = inspect.signature(DataLoader).parameters
>>> [(name, defaults[name].default) for name in ("batch_size", "shuffle", "num_workers", "pin_memory", "drop_last", "prefetch_factor", "persistent_workers")]
[('batch_size', 1), ('shuffle', None), ('num_workers', 0), ('pin_memory', False), ('drop_last', False), ('prefetch_factor', None), ('persistent_workers', False)]
>>> from torchnotes.data import batch_indices
>>> data = torch.arange(10, 17)  # 7 samples #zh: 7 个样本
>>> loader = DataLoader(data, batch_size=3)
>>> len(loader), [b.tolist() for b in loader]  # the last batch is short #zh: 最后一批不满
(3, [[10, 11, 12], [13, 14, 15], [16]])
>>> loader = DataLoader(data, batch_size=3, drop_last=True)
>>> len(loader), [b.tolist() for b in loader]
(2, [[10, 11, 12], [13, 14, 15]])
>>> g = torch.Generator().manual_seed(0)
>>> [b.tolist() for b in DataLoader(data, batch_size=3, shuffle=True, generator=g)]
[[10, 11, 15], [16, 12, 13], [14]]
>>> [b.tolist() for b in DataLoader(data, batch_size=3, shuffle=True, generator=g)]  # a new order every epoch #zh: 每个 epoch 顺序都不同
[[14, 11, 16], [10, 12, 13], [15]]
>>> _ = g.manual_seed(0)  # re-seed to repeat the first epoch #zh: 重新设定随机种子，重复第一个 epoch
>>> [b.tolist() for b in DataLoader(data, batch_size=3, shuffle=True, generator=g)]
[[10, 11, 15], [16, 12, 13], [14]]
>>> _ = torch.manual_seed(0)
>>> first = [b.tolist() for b in DataLoader(data, batch_size=3, shuffle=True)]  # no generator: the global one draws #zh: 没有 generator：由全局生成器抽取
>>> _ = torch.manual_seed(0)
>>> [b.tolist() for b in DataLoader(data, batch_size=3, shuffle=True)] == first  # same global seed, same order #zh: 全局随机种子相同，顺序就相同
True
>>> batch_indices(7, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(0))  # the indices of the first epoch #zh: 第一个 epoch 的索引
[[0, 1, 5], [6, 2, 3], [4]]
>>> [b.tolist() for b in DataLoader(data, batch_size=3, sampler=[6, 5, 4, 3])]  # a sampler gives the order #zh: 顺序由 sampler 给出
[[16, 15, 14], [13]]
>>> DataLoader(data, sampler=[6, 5], shuffle=True)
Traceback (most recent call last):
    ...
ValueError: sampler option is mutually exclusive with shuffle
"""
