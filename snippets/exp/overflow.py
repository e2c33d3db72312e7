"""exp overflows float32 just above 88.7; shifting by the maximum (logsumexp) keeps it finite.

>>> import torch
>>> from torchnotes.math import logsumexp
>>> torch.exp(torch.tensor([0.0, 1.0, 88.0, 89.0]))
tensor([1.0000e+00, 2.7183e+00, 1.6516e+38,        inf])
>>> torch.finfo(torch.float32).max  # the largest float32, about e ** 88.72 #zh: float32 的最大值，约为 e ** 88.72
3.4028234663852886e+38
>>> logits = torch.tensor([1000.0, 1001.0, 1002.0])
>>> torch.log(torch.exp(logits).sum())  # naive: exp(1000) is already inf #zh: 直接算：exp(1000) 已经是 inf
tensor(inf)
>>> logsumexp(logits, dim=0)  # 1002 + log(e^-2 + e^-1 + 1) #zh: 即 1002 + log(e^-2 + e^-1 + 1)
tensor(1002.4076)
>>> torch.logsumexp(logits, dim=0)
tensor(1002.4076)
>>> torch.exp(logits) / torch.exp(logits).sum()  # naive softmax: inf / inf #zh: 直接算 softmax：inf / inf
tensor([nan, nan, nan])
>>> torch.exp(logits - logsumexp(logits, dim=0))  # stable softmax #zh: 数值稳定的 softmax
tensor([0.0900, 0.2447, 0.6652])
>>> torch.softmax(logits, dim=0)
tensor([0.0900, 0.2447, 0.6652])
"""
