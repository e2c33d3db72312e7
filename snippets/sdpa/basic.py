"""softmax(q @ k.T / sqrt(E)) @ v over the last two dims; every other dim is a batch dim.

>>> import math
>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q = torch.randn(2, 4, 3, 8)  # (batch, heads, L queries, E) #zh: （批大小, 头数, L 个查询, E）
>>> k = torch.randn(2, 4, 5, 8)  # (batch, heads, S keys, E) #zh: （批大小, 头数, S 个键, E）
>>> v = torch.randn(2, 4, 5, 6)  # (batch, heads, S values, Ev): Ev may differ from E #zh: （批大小, 头数, S 个值, Ev）：Ev 可以不等于 E
>>> out = F.scaled_dot_product_attention(q, k, v)
>>> out.shape  # one Ev-vector per query #zh: 每个查询得到一个 Ev 维向量
torch.Size([2, 4, 3, 6])
>>> weights = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(8), dim=-1)
>>> weights.sum(dim=-1)[0, 0]  # each query's weights over the S keys sum to 1 #zh: 每个查询在 S 个键上的权重之和为 1
tensor([1.0000, 1.0000, 1.0000])
>>> torch.allclose(out, weights @ v, atol=1e-6)
True
"""
