"""A zero gradient does not freeze the padding row: weight decay and max_norm still change it.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> def padding_row_after_one_step(make_optimizer):
...     emb = nn.Embedding(4, 2, padding_idx=0)
...     with torch.no_grad():
...         emb.weight[0] = 1.0  # a non-zero padding row, e.g. loaded #zh: 非零的填充行，比如加载而来
...     optimizer = make_optimizer(emb.parameters())
...     emb(torch.tensor([0, 2])).sum().backward()
...     optimizer.step()
...     return emb.weight.grad[0], emb.weight[0].detach()
>>> padding_row_after_one_step(lambda p: torch.optim.SGD(p, lr=1.0))  # (gradient, row) #zh: （梯度，该行的值）
(tensor([0., 0.]), tensor([1., 1.]))
>>> padding_row_after_one_step(lambda p: torch.optim.SGD(p, lr=1.0, weight_decay=0.1))
(tensor([0., 0.]), tensor([0.9000, 0.9000]))
>>> torch.optim.AdamW([torch.zeros(1, requires_grad=True)]).defaults["weight_decay"]  # AdamW's default #zh: AdamW 的默认值
0.01
>>> padding_row_after_one_step(lambda p: torch.optim.AdamW(p, lr=0.1))  # weight_decay=0.01 by default #zh: 默认 weight_decay=0.01
(tensor([0., 0.]), tensor([0.9990, 0.9990]))
>>> emb = nn.Embedding(4, 2, padding_idx=0)
>>> optimizer = torch.optim.AdamW(emb.parameters(), lr=0.1)
>>> emb(torch.tensor([0, 2])).sum().backward()
>>> optimizer.step()
>>> emb.weight[0]  # a row that is still zero stays zero: decay scales it #zh: 仍为 0 的行保持为 0：衰减只是按比例缩小
tensor([0., 0.], grad_fn=<SelectBackward0>)
>>> emb = nn.Embedding(4, 2, padding_idx=0, max_norm=1.0)
>>> with torch.no_grad():
...     emb.weight[0] = 3.0
>>> _ = emb(torch.tensor([1]))
>>> emb.weight[0]  # max_norm only renormalises rows that are looked up #zh: max_norm 只重新缩放被查到的行
tensor([3., 3.], grad_fn=<SelectBackward0>)
>>> _ = emb(torch.tensor([0]))
>>> emb.weight[0]  # looked up with a norm above 1: rescaled in place to norm 1 #zh: 被查到且范数大于 1：原地缩放到范数为 1
tensor([0.7071, 0.7071], grad_fn=<SelectBackward0>)
>>> with torch.no_grad():
...     emb.weight[0] = 0.5
>>> _ = emb(torch.tensor([0]))
>>> emb.weight[0]  # norm 0.71 is within max_norm: left as it is #zh: 范数 0.71 未超过 max_norm：保持不变
tensor([0.5000, 0.5000], grad_fn=<SelectBackward0>)
"""
