"""Adagrad sums squared gradients, so its steps shrink; RMSprop's average forgets.

>>> import torch
>>> from torchnotes.optim import adagrad, rmsprop
>>> g = [torch.tensor([2.0])]
>>> a, sa, r, sr = [torch.tensor([0.0])], None, [torch.tensor([0.0])], None
>>> for step in range(1, 6):
...     a_before, r_before = a[0], r[0]
...     a, sa = adagrad(a, g, sa, lr=0.1, eps=0.0)
...     r, sr = rmsprop(r, g, sr, lr=0.1, alpha=0.5, eps=0.0)
...     print(step, round((a_before - a[0]).item(), 4), round((r_before - r[0]).item(), 4))
1 0.1 0.1414
2 0.0707 0.1155
3 0.0577 0.1069
4 0.05 0.1033
5 0.0447 0.1016
>>> sa["sum"][0], sr["square_avg"][0]  # a growing sum vs an average #zh: 不断增长的累加和 vs 平均值
(tensor([20.]), tensor([3.8750]))
>>> w = torch.nn.Parameter(torch.tensor([0.0]))
>>> opt = torch.optim.Adagrad([w], lr=0.1, eps=0.0)
>>> for _ in range(5):
...     w.grad = g[0].clone()
...     opt.step()
>>> torch.equal(w.detach(), a[0]), opt.state[w]["sum"]
(True, tensor([20.]))
"""
