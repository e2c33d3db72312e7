"""sinh(x) / cosh(x) is the definition, not how to compute it: it gives NaN at x = 100 in float32.

>>> import torch
>>> x = torch.tensor([1.0, 100.0])
>>> torch.sinh(x), torch.cosh(x)  # both overflow at 100 #zh: 在 100 处两者都溢出
(tensor([1.1752,    inf]), tensor([1.5431,    inf]))
>>> torch.sinh(x) / torch.cosh(x)  # inf / inf #zh: 即 inf / inf
tensor([0.7616,    nan])
>>> torch.tanh(x)
tensor([0.7616, 1.0000])
>>> small = torch.tensor([1e-8])
>>> (torch.exp(small) - torch.exp(-small)) / (torch.exp(small) + torch.exp(-small))  # exp(1e-8) rounds to 1 #zh: exp(1e-8) 被舍入为 1
tensor([0.])
>>> torch.tanh(small)
tensor([1.0000e-08])
"""
