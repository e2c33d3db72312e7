"""DataLoader workers are seeded by torch: random, NumPy and torch differ per worker and repeat with the seed.

>>> import random
>>> import numpy as np
>>> import torch
>>> from torch.utils.data import DataLoader, Dataset
>>> class Draws(Dataset):  # each item: one draw from torch, random and NumPy #zh: 每个样本：torch、random、NumPy 各取一个随机数
...     def __len__(self):
...         return 4
...     def __getitem__(self, i):
...         return torch.rand(()).item(), random.random(), np.random.rand()
>>> def epoch(loader):
...     return [[round(v, 4) for v in row] for batch in loader for row in zip(*(t.tolist() for t in batch))]
>>> loader = DataLoader(Draws(), batch_size=2, num_workers=2, generator=torch.Generator().manual_seed(0))
>>> first = epoch(loader)
>>> first  # rows 0-1 from worker 0, rows 2-3 from worker 1: all three libraries differ #zh: 第 0、1 行来自 worker 0，第 2、3 行来自 worker 1：三个库的随机数都不同
[[0.7821, 0.2132, 0.8372], [0.0536, 0.2764, 0.3876], [0.6938, 0.7734, 0.6703], [0.298, 0.1634, 0.0759]]
>>> second = epoch(loader)
>>> second == first  # each epoch draws a new base seed #zh: 每轮（epoch）抽取新的基础种子
False
>>> again = DataLoader(Draws(), batch_size=2, num_workers=2, generator=torch.Generator().manual_seed(0))
>>> epoch(again) == first, epoch(again) == second  # same generator seed, same two epochs #zh: 生成器种子相同，两轮结果都相同
(True, True)
>>> _ = torch.manual_seed(0)  # no generator: the base seed comes from the global one #zh: 不传 generator 时，基础种子来自全局生成器
>>> plain = epoch(DataLoader(Draws(), batch_size=2, num_workers=2))
>>> _ = torch.manual_seed(0)
>>> epoch(DataLoader(Draws(), batch_size=2, num_workers=2)) == plain
True
"""
