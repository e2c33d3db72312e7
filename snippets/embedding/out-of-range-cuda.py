"""On CUDA an out-of-range id trips a device-side assert instead of raising IndexError.

>>> import torch
>>> from torch import nn
>>> emb = nn.Embedding(10, 3).cuda()
>>> emb(torch.tensor([10], device="cuda"))
"""
REQUIRES = "cuda"
