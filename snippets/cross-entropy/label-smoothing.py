"""label_smoothing=eps mixes (1 - eps) of the usual loss with eps/C of every class's -log p.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 0.5, -1.0],
...                        [0.0, 3.0, 0.0]])
>>> target = torch.tensor([0, 2])
>>> eps, C = 0.1, 3
>>> F.cross_entropy(logits, target, label_smoothing=eps)
tensor(1.6931)
>>> logp = F.log_softmax(logits, dim=1)
>>> (1 - eps) * F.nll_loss(logp, target) + eps / C * (-logp.sum(dim=1)).mean()
tensor(1.6931)
>>> soft = torch.full((2, 3), eps / C)  # the same as a soft target (1 - eps) * one_hot + eps / C #zh: 等同于软目标 (1 - eps) * one_hot + eps / C
>>> soft[[0, 1], target] += 1 - eps
>>> F.cross_entropy(logits, soft)
tensor(1.6931)
>>> perfect = torch.tensor([[30.0, -30.0, -30.0]])
>>> F.cross_entropy(perfect, torch.tensor([0]), label_smoothing=eps)  # cannot reach 0 any more #zh: 再也到不了 0
tensor(4.)
"""
