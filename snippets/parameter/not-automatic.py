"""A Parameter changes only when an optimizer holding it steps; one hidden in a list keeps its value.

>>> import torch
>>> from torch import nn
>>> class Model(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.w = nn.Parameter(torch.ones(1))
...         self.hidden = [nn.Parameter(torch.ones(1))]  # a list: not registered #zh: 列表：不会被注册
...     def forward(self, x):
...         return x * self.w * self.hidden[0]
>>> model = Model()
>>> optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
>>> model(torch.ones(1)).sum().backward()
>>> optimizer.step()
>>> model.w.detach(), model.hidden[0].detach()  # only w moved #zh: 只有 w 变了
(tensor([0.9000]), tensor([1.]))
>>> model.hidden[0].grad  # it did get a gradient, but no optimizer holds it #zh: 它确实拿到了梯度，但没有优化器持有它
tensor([1.])
"""
