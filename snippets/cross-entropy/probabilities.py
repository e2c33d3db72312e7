"""A target of the input's shape holds class probabilities; "mean" then divides by N, even with weight.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 0.5, -1.0],
...                        [0.0, 3.0, 0.0]])
>>> soft = torch.tensor([[0.7, 0.3, 0.0],
...                      [0.0, 0.5, 0.5]])
>>> F.cross_entropy(logits, soft)
tensor(1.1431)
>>> (-(soft * F.log_softmax(logits, dim=1)).sum(dim=1)).mean()
tensor(1.1431)
>>> one_hot = F.one_hot(torch.tensor([0, 2]), num_classes=3).float()
>>> F.cross_entropy(logits, one_hot), F.cross_entropy(logits, torch.tensor([0, 2]))  # one-hot = indices #zh: 独热 = 类别索引
(tensor(1.6681), tensor(1.6681))
>>> F.cross_entropy(logits[0], soft[0])  # one sample: (C,) scores and (C,) probabilities #zh: 单个样本：(C,) 的分数和 (C,) 的概率
tensor(0.6913)
>>> F.cross_entropy(logits.T.unsqueeze(0), soft.T.unsqueeze(0))  # (N, C, d1): classes in dimension 1 #zh: (N, C, d1)：类别在第 1 维
tensor(1.1431)
>>> w = torch.tensor([1.0, 1.0, 4.0])
>>> F.cross_entropy(logits, one_hot, weight=w)  # divided by N = 2 #zh: 除以 N = 2
tensor(6.3105)
>>> F.cross_entropy(logits, torch.tensor([0, 2]), weight=w)  # divided by 1 + 4 #zh: 除以 1 + 4
tensor(2.5242)
"""
