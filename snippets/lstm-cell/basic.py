"""An LSTMCell computes one time step; a loop over the steps runs a sequence.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> cell = nn.LSTMCell(input_size=3, hidden_size=2)
>>> seq = torch.randn(5, 4, 3)  # 5 steps, batch of 4, 3 features #zh: 5 个时间步，批大小 4，3 个特征
>>> h, c = cell(seq[0])  # no state given: h and c start at zero #zh: 不传状态时 h 和 c 从 0 开始
>>> h.shape, c.shape
(torch.Size([4, 2]), torch.Size([4, 2]))
>>> zeros = torch.zeros(4, 2)
>>> h0, c0 = cell(seq[0], (zeros, zeros))  # the same as passing (zeros, zeros) #zh: 与传入 (zeros, zeros) 相同
>>> torch.equal(h0, h), torch.equal(c0, c)
(True, True)
>>> for x in seq[1:]:  # the loop over time is yours to write #zh: 时间上的循环要自己写
...     h, c = cell(x, (h, c))
>>> h
tensor([[-0.1257, -0.0362],
        [ 0.1442,  0.0140],
        [-0.5632,  0.1447],
        [-0.1813, -0.0929]], grad_fn=<MulBackward0>)
>>> h1, c1 = cell(torch.randn(3))  # one unbatched sample #zh: 不带批次维度的单个样本
>>> h1.shape
torch.Size([2])
"""
