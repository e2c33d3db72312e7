"""exp overflows float32 just above 88.7; subtracting the max first (logsumexp) avoids it.

>>> import torch
>>> torch.exp(torch.tensor([0.0, 1.0, 88.0, 89.0]))
tensor([1.0000e+00, 2.7183e+00, 1.6516e+38,        inf])
>>> torch.finfo(torch.float32).max
3.4028234663852886e+38
>>> logits = torch.tensor([1000.0, 1001.0, 1002.0])
>>> torch.exp(logits) / torch.exp(logits).sum()  # inf / inf
tensor([nan, nan, nan])
>>> shifted = logits - logits.max()  # same softmax, exponents <= 0
>>> torch.exp(shifted) / torch.exp(shifted).sum()
tensor([0.0900, 0.2447, 0.6652])
>>> torch.logsumexp(logits, dim=0)
tensor(1002.4076)
"""
