"""LSTMCell takes one step (2-d input), not a sequence; its state is the pair (h, c).

>>> import torch
>>> from torch import nn
>>> cell = nn.LSTMCell(3, 2)
>>> cell(torch.randn(5, 4, 3))  # (seq_len, batch, features) is one dim too many #zh: （序列长度, 批大小, 特征）多了一维
Traceback (most recent call last):
    ...
ValueError: LSTMCell: Expected input to be 1D or 2D, got 3D instead
>>> cell(torch.randn(4, 3), torch.zeros(4, 2))  # h alone is not a state #zh: 只传 h 不是完整的状态
Traceback (most recent call last):
    ...
TypeError: lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not Tensor
>>> nn.LSTM(3, 2)(torch.randn(5, 4, 3))[0].shape  # nn.LSTM runs the whole sequence #zh: nn.LSTM 才会跑完整个序列
torch.Size([5, 4, 2])
"""
