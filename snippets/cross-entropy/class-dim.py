"""Classes go in dimension 1: per-token logits shaped (N, T, C) must be moved to (N, C, T).

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> N, T, C = 2, 5, 3
>>> logits = torch.randn(N, T, C)  # what a sequence model usually returns #zh: 序列模型通常返回的形状
>>> target = torch.randint(0, C, (N, T))
>>> F.cross_entropy(logits, target)
Traceback (most recent call last):
    ...
RuntimeError: Expected target size [2, 3], got [2, 5]
>>> F.cross_entropy(logits.transpose(1, 2), target)  # (N, C, T) #zh: 变成 (N, C, T)
tensor(0.8857)
>>> F.cross_entropy(logits.reshape(-1, C), target.reshape(-1))  # or flatten to (N*T, C) #zh: 或者展平成 (N*T, C)
tensor(0.8857)
>>> square = torch.randn(N, C, C)  # T == C: no error, but the wrong dimension is read as classes #zh: T == C：不报错，但被当成类别的是错误的那一维
>>> labels = torch.randint(0, C, (N, C))
>>> F.cross_entropy(square, labels), F.cross_entropy(square.transpose(1, 2), labels)
(tensor(1.2080), tensor(1.8308))
"""
