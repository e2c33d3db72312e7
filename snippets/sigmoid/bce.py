"""For binary classification, BCEWithLogitsLoss on raw scores keeps what sigmoid then BCELoss rounds away.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([120.0, 3.0])
>>> target = torch.tensor([0.0, 0.0])
>>> torch.sigmoid(logits)  # 120 rounds to a probability of exactly 1.0 #zh: 120 被舍入成恰好为 1.0 的概率
tensor([1.0000, 0.9526])
>>> F.binary_cross_entropy(torch.sigmoid(logits), target, reduction="none")  # log(0) clamped to -100 #zh: log(0) 被截断为 -100
tensor([100.0000,   3.0486])
>>> F.binary_cross_entropy_with_logits(logits, target, reduction="none")  # the true losses #zh: 真实的损失值
tensor([120.0000,   3.0486])
"""
