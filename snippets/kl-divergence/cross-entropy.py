"""KL(P || Q) is the cross-entropy H(P, Q) minus the entropy H(P): the same gradient with respect to the model.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 3.0, 0.0]], requires_grad=True)
>>> p = torch.tensor([[0.7, 0.3, 0.0], [0.0, 0.5, 0.5]])
>>> ce = F.cross_entropy(logits, p)
>>> kl = F.kl_div(F.log_softmax(logits, dim=1), p, reduction="batchmean")
>>> entropy = -torch.special.xlogy(p, p).sum(dim=1).mean()  # H(P) does not depend on the model #zh: H(P) 与模型无关
>>> ce, kl + entropy
(tensor(1.1431, grad_fn=<DivBackward1>), tensor(1.1431, grad_fn=<AddBackward0>))
>>> g_ce, = torch.autograd.grad(ce, logits)
>>> g_kl, = torch.autograd.grad(kl, logits)
>>> torch.allclose(g_ce, g_kl)
True
"""
