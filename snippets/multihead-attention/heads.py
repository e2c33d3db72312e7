"""Heads split embed_dim: more heads means smaller heads, not more parameters.

>>> import torch
>>> from torch import nn
>>> for heads in (1, 2, 4, 8):
...     mha = nn.MultiheadAttention(embed_dim=8, num_heads=heads)
...     print(heads, "heads of", 8 // heads, "features:", sum(p.numel() for p in mha.parameters()), "parameters")
1 heads of 8 features: 288 parameters
2 heads of 4 features: 288 parameters
4 heads of 2 features: 288 parameters
8 heads of 1 features: 288 parameters
>>> nn.MultiheadAttention(embed_dim=8, num_heads=3)  # 8 features cannot be split into 3 heads #zh: 8 个特征无法平分成 3 个头
Traceback (most recent call last):
    ...
AssertionError: embed_dim must be divisible by num_heads
"""
