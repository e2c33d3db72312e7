"""Weights that all start at one value stay equal: every hidden unit gets the same gradient.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
>>> with torch.no_grad():
...     for p in model.parameters():
...         _ = p.copy_(torch.ones_like(p))  # every weight and bias starts at 1 #zh: 所有权重和偏置都从 1 开始
>>> optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
>>> x, y = torch.randn(16, 3), torch.randn(16, 1)
>>> for _ in range(100):
...     optimizer.zero_grad()
...     nn.functional.mse_loss(model(x), y).backward()
...     optimizer.step()
>>> hidden = model[0].weight
>>> hidden.detach()  # trained, yet the four hidden units are still identical #zh: 训练过了，四个隐藏单元仍然一模一样
tensor([[0.9641, 0.9637, 0.9934],
        [0.9641, 0.9637, 0.9934],
        [0.9641, 0.9637, 0.9934],
        [0.9641, 0.9637, 0.9934]])
>>> bool((hidden == hidden[0]).all())
True
"""
