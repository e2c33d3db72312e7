"""A GRUCell computes one time step; its state is a single tensor h.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> cell = nn.GRUCell(input_size=3, hidden_size=2)
>>> seq = torch.randn(5, 4, 3)  # 5 steps, batch of 4, 3 features #zh: 5 个时间步，批大小 4，3 个特征
>>> h = cell(seq[0])  # no state given: h starts at zero #zh: 不传状态时 h 从 0 开始
>>> torch.equal(h, cell(seq[0], torch.zeros(4, 2)))
True
>>> for x in seq[1:]:
...     h = cell(x, h)  # one tensor in, one tensor out: no cell state c #zh: 进一个张量、出一个张量：没有记忆单元 c
>>> h
tensor([[-0.0276, -0.7522],
        [-0.0266, -0.6207],
        [-0.0785, -0.6675],
        [-0.7595, -0.4084]], grad_fn=<AddBackward0>)
>>> cell(seq[0], (h, h))  # an LSTM-style (h, c) pair is refused #zh: LSTM 那样的 (h, c) 元组会被拒绝
Traceback (most recent call last):
    ...
AttributeError: 'tuple' object has no attribute 'dim'
>>> cell(torch.randn(3)).shape  # one unbatched sample: (input_size,) in, (hidden_size,) out #zh: 不带批次维度的单个样本：输入 (input_size,)，输出 (hidden_size,)
torch.Size([2])
>>> [(name, tuple(p.shape)) for name, p in cell.named_parameters()]
[('weight_ih', (6, 3)), ('weight_hh', (6, 2)), ('bias_ih', (6,)), ('bias_hh', (6,))]
"""
