"""split(x, 3) means pieces of length 3, not 3 pieces.

>>> import torch
>>> from torchnotes.shape import split_sizes
>>> x = torch.arange(10)
>>> len(torch.split(x, 3))  # 3 + 3 + 3 + 1 #zh: 3 + 3 + 3 + 1，共 4 块
4
>>> split_sizes(10, 3)
[3, 3, 3, 1]
>>> [len(t) for t in torch.chunk(x, 3)]  # 3 pieces: use chunk ... #zh: 要 3 块：用 chunk……
[4, 4, 2]
>>> [len(t) for t in torch.tensor_split(x, 3)]  # ... or tensor_split #zh: ……或 tensor_split
[4, 3, 3]
"""
