"""RMSprop divides by sqrt(v) + eps: eps sits outside the square root.

>>> import torch
>>> from torchnotes.optim import rmsprop
>>> w = torch.nn.Parameter(torch.tensor([0.0]))
>>> opt = torch.optim.RMSprop([w], lr=1.0, alpha=0.0, eps=1.0)  # alpha=0: v is the last g**2 #zh: alpha=0：v 就是最近一次的 g**2
>>> w.grad = torch.tensor([1.0])
>>> opt.step()
>>> w  # -1 / (sqrt(1) + 1) = -0.5, not -1 / sqrt(1 + 1) = -0.7071 #zh: -1 / (sqrt(1) + 1) = -0.5，而不是 -1 / sqrt(1 + 1) = -0.7071
Parameter containing:
tensor([-0.5000], requires_grad=True)
>>> rmsprop([torch.tensor([0.0])], [torch.tensor([1.0])], lr=1.0, alpha=0.0, eps=1.0)[0]
[tensor([-0.5000])]
>>> {k: torch.optim.RMSprop([w]).defaults[k] for k in ("lr", "alpha")}  # the defaults: lr=0.01, alpha=0.99 #zh: 默认值：lr=0.01，alpha=0.99
{'lr': 0.01, 'alpha': 0.99}
"""
