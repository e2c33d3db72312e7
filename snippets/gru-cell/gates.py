"""Rows r, z, n; the reset gate multiplies W_hn h + b_hn, so the two biases are not interchangeable.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> cell = nn.GRUCell(input_size=3, hidden_size=2)
>>> x, h = torch.randn(1, 3), torch.randn(1, 2)
>>> xr, xz, xn = (x @ cell.weight_ih.T + cell.bias_ih).chunk(3, dim=1)
>>> hr, hz, hn = (h @ cell.weight_hh.T + cell.bias_hh).chunk(3, dim=1)
>>> r, z = torch.sigmoid(xr + hr), torch.sigmoid(xz + hz)
>>> n = torch.tanh(xn + r * hn)  # r scales W_hn h + b_hn, bias included #zh: r 乘的是 W_hn h + b_hn，连偏置一起
>>> torch.allclose((1 - z) * n + z * h, cell(x, h))
True
>>> # move b_hn into b_in and the output changes #zh: 把 b_hn 挪进 b_in，输出就变了
>>> moved = nn.GRUCell(3, 2)
>>> with torch.no_grad():
...     _ = moved.weight_ih.copy_(cell.weight_ih), moved.weight_hh.copy_(cell.weight_hh)
...     _ = moved.bias_ih.copy_(cell.bias_ih), moved.bias_hh.copy_(cell.bias_hh)
...     moved.bias_ih[4:] += cell.bias_hh[4:]
...     moved.bias_hh[4:] = 0
>>> torch.allclose(moved(x, h), cell(x, h))
False
"""
