"""torch.randint(1, 6, ...) never rolls a 6; a die is randint(1, 7, ...).

>>> import torch
>>> g = torch.Generator().manual_seed(0)
>>> torch.randint(1, 6, (1000,), generator=g).unique()  # 1000 rolls, no 6 #zh: 掷 1000 次，没有 6
tensor([1, 2, 3, 4, 5])
>>> torch.randint(1, 7, (1000,), generator=g).unique()
tensor([1, 2, 3, 4, 5, 6])
>>> torch.randint(0, 2, (2, 4), generator=g)  # a 0/1 matrix needs high=2 #zh: 0/1 矩阵要写 high=2
tensor([[1, 1, 0, 0],
        [0, 1, 0, 0]])
"""
