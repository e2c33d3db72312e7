"""An out-of-range id looked up on CUDA (on the CPU the same lookup raises IndexError).

>>> import torch
>>> from torch import nn
>>> emb = nn.Embedding(10, 3).cuda()
>>> emb(torch.tensor([10], device="cuda"))
"""
REQUIRES = "cuda"
