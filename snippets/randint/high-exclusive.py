"""randint's high is exclusive: randint(0, 1) is always 0 and a die needs randint(1, 7).

>>> import torch
>>> g = torch.Generator().manual_seed(0)
>>> torch.randint(0, 1, (6,), generator=g)  # [0, 1) holds only 0 #zh: [0, 1) 里只有 0
tensor([0, 0, 0, 0, 0, 0])
>>> torch.randint(0, 2, (2, 3), generator=g)  # random 0/1 matrix #zh: 随机 0/1 矩阵
tensor([[1, 1, 1],
        [1, 1, 0]])
>>> torch.randint(1, 7, (10,), generator=g)  # a die: 1..6 #zh: 骰子：1 到 6
tensor([1, 4, 5, 3, 1, 1, 3, 4, 3, 6])
>>> torch.randint(6, (4,), generator=g)  # one bound means low=0, high=6 #zh: 只给一个界时 low=0、high=6
tensor([5, 2, 2, 5])
>>> torch.randint(1, 6)  # the size is required #zh: size 不能省略
Traceback (most recent call last):
    ...
TypeError: randint(): argument 'size' (position 2) must be tuple of ints, not int
"""
