"""The pad tuple on a batch of images (N, C, H, W).

>>> import torch
>>> import torch.nn.functional as F
>>> images = torch.zeros(8, 3, 32, 32)  # (N, C, H, W) #zh: 形状为 (N, C, H, W)
>>> for amounts in [(1, 1), (1, 1, 2, 2), (0, 0, 0, 0, 1, 0), (-1, -1)]:
...     print(amounts, tuple(F.pad(images, amounts).shape))
(1, 1) (8, 3, 32, 34)
(1, 1, 2, 2) (8, 3, 36, 34)
(0, 0, 0, 0, 1, 0) (8, 4, 32, 32)
(-1, -1) (8, 3, 32, 30)
"""
