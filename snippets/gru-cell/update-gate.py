"""In torch's GRU, z close to 1 keeps the old state: h' = (1 - z) * n + z * h.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> cell = nn.GRUCell(input_size=3, hidden_size=2)
>>> x, h = torch.randn(1, 3), torch.tensor([[0.5, -0.5]])
>>> with torch.no_grad():
...     cell.bias_ih[2:4] = 50.0  # push the update gate z to 1 #zh: 把更新门 z 推到 1
>>> cell(x, h)  # the old state comes back unchanged #zh: 原来的状态原样返回
tensor([[ 0.5000, -0.5000]], grad_fn=<AddBackward0>)
"""
