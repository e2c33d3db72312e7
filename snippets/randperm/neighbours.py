"""randint may repeat, randperm and multinomial (by default) do not; DataLoader reshuffles every epoch.

>>> import torch
>>> from torch.utils.data import DataLoader
>>> g = torch.Generator().manual_seed(0)
>>> torch.randint(0, 6, (6,), generator=g)  # repeats possible #zh: 可能重复
tensor([2, 3, 5, 0, 1, 3])
>>> torch.randperm(6, generator=g)  # never repeats #zh: 不会重复
tensor([1, 4, 3, 2, 5, 0])
>>> torch.multinomial(torch.tensor([1.0, 1.0, 8.0, 1.0]), 4, generator=g)  # drawn by weight, no repeats by default #zh: 按权重抽取，默认不放回
tensor([2, 0, 1, 3])
>>> torch.multinomial(torch.tensor([1.0, 1.0, 8.0, 1.0]), 4, replacement=True, generator=g)
tensor([2, 2, 3, 2])
>>> loader = DataLoader(range(6), batch_size=6, shuffle=True, generator=torch.Generator().manual_seed(0))
>>> [batch.tolist() for epoch in range(3) for batch in loader]  # a new order every epoch #zh: 每轮（epoch）一个新顺序
[[5, 1, 0, 3, 2, 4], [4, 2, 1, 3, 0, 5], [1, 5, 3, 2, 0, 4]]
"""
