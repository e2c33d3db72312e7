"""A GRU's h_n is one tensor; unpacking it like an LSTM's (h_n, c_n) can succeed silently.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> gru = nn.GRU(input_size=3, hidden_size=2, num_layers=2)
>>> x = torch.randn(5, 4, 3)
>>> output, (h, c) = gru(x)  # no error: h_n has 2 layers along dim 0 #zh: 不报错：h_n 在第 0 维上正好有 2 层
>>> h.shape, c.shape
(torch.Size([4, 2]), torch.Size([4, 2]))
>>> torch.equal(c, gru(x)[1][1])  # "c" is the second layer's h, not a cell state #zh: 所谓的 c 其实是第二层的 h，并不是记忆单元
True
>>> output, (h, c) = nn.GRU(3, 2, bidirectional=True)(x)  # one bidirectional layer: 2 entries too, no error #zh: 单层双向：同样有 2 个元素，不报错
>>> torch.equal(c, output[0, :, 2:])  # "c" is the reverse direction's final h #zh: 所谓的 c 其实是反向方向最终的 h
True
>>> output, (h, c) = nn.GRU(3, 2)(x)  # one layer, one direction: the same line fails #zh: 单层单向时，同一行代码会报错
Traceback (most recent call last):
    ...
ValueError: not enough values to unpack (expected 2, got 1)
"""
