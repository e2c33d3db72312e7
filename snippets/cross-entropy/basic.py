"""cross_entropy takes raw scores (logits) and class indices; it is log_softmax followed by NLL.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 0.5, -1.0],
...                        [0.0, 3.0, 0.0]])
>>> target = torch.tensor([0, 2])  # one class index per sample #zh: 每个样本一个类别索引
>>> F.cross_entropy(logits, target)
tensor(1.6681)
>>> picked = -F.log_softmax(logits, dim=1)[[0, 1], target]  # -log p(true class) per sample #zh: 每个样本的 -log p(真实类别)
>>> picked, picked.mean()
(tensor([0.2413, 3.0949]), tensor(1.6681))
>>> F.nll_loss(F.log_softmax(logits, dim=1), target)
tensor(1.6681)
>>> torch.nn.CrossEntropyLoss()(logits, target)
tensor(1.6681)
>>> F.cross_entropy(logits, target, reduction="none")  # one loss per sample #zh: 每个样本一个损失
tensor([0.2413, 3.0949])
>>> F.cross_entropy(logits[0], target[0])  # one sample: (C,) scores, a 0-d index #zh: 单个样本：(C,) 的分数，零维的索引
tensor(0.2413)
"""
