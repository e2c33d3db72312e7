"""The four gates share each weight matrix: rows in the order i, f, g, o, two biases.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> cell = nn.LSTMCell(input_size=3, hidden_size=2)
>>> [(name, tuple(p.shape)) for name, p in cell.named_parameters()]
[('weight_ih', (8, 3)), ('weight_hh', (8, 2)), ('bias_ih', (8,)), ('bias_hh', (8,))]
>>> sum(p.numel() for p in cell.parameters())  # 4 gates * hidden 2 * (input 3 + hidden 2 + 2 biases) #zh: 4 个门 * 隐藏大小 2 * (输入 3 + 隐藏 2 + 2 个偏置)
56
>>> x, h, c = torch.randn(1, 3), torch.randn(1, 2), torch.randn(1, 2)
>>> gates = x @ cell.weight_ih.T + cell.bias_ih + h @ cell.weight_hh.T + cell.bias_hh
>>> i, f, g, o = gates.chunk(4, dim=1)  # input, forget, cell, output #zh: 输入门、遗忘门、候选值、输出门
>>> c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
>>> h_next = torch.sigmoid(o) * torch.tanh(c_next)
>>> ref_h, ref_c = cell(x, (h, c))
>>> torch.allclose(h_next, ref_h), torch.allclose(c_next, ref_c)
(True, True)
>>> summed = nn.LSTMCell(3, 2)  # move bias_hh into bias_ih: only the sum matters #zh: 把 bias_hh 挪进 bias_ih：只有两者之和起作用
>>> with torch.no_grad():
...     _ = summed.weight_ih.copy_(cell.weight_ih), summed.weight_hh.copy_(cell.weight_hh)
...     _ = summed.bias_ih.copy_(cell.bias_ih + cell.bias_hh), summed.bias_hh.zero_()
>>> torch.allclose(summed(x, (h, c))[0], ref_h), torch.allclose(summed(x, (h, c))[1], ref_c)
(True, True)
"""
