"""chunk(x, k) is split(x, ceil(n / k)); tensor_split(x, k) spreads the remainder over the first pieces.

>>> import math
>>> import torch
>>> for n, k in [(6, 3), (6, 4), (7, 3), (5, 7)]:
...     x = torch.arange(n)
...     same = [len(t) for t in x.chunk(k)] == [len(t) for t in x.split(math.ceil(n / k))]
...     print(n, k, [len(t) for t in x.chunk(k)], [len(t) for t in x.tensor_split(k)], same)
6 3 [2, 2, 2] [2, 2, 2] True
6 4 [2, 2, 2] [2, 2, 1, 1] True
7 3 [3, 3, 1] [3, 2, 2] True
5 7 [1, 1, 1, 1, 1] [1, 1, 1, 1, 1, 0, 0] True
>>> torch.chunk(torch.arange(0), 3)  # length 0: 3 empty pieces #zh: 长度为 0：3 个空块
(tensor([], dtype=torch.int64), tensor([], dtype=torch.int64), tensor([], dtype=torch.int64))
>>> torch.split(torch.arange(0), 0)  # split with ceil(0 / 3) = 0: one empty piece #zh: 用 ceil(0 / 3) = 0 来 split：只有一个空块
(tensor([], dtype=torch.int64),)
"""
