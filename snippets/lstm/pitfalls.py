"""batch_first changes input and output only; dropout acts between layers, in training mode only.

>>> import warnings
>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> lstm = nn.LSTM(input_size=3, hidden_size=2, batch_first=True)
>>> output, (h_n, c_n) = lstm(torch.randn(4, 5, 3))  # (batch, seq_len, input_size) #zh: （批大小, 序列长度, 输入大小）
>>> output.shape
torch.Size([4, 5, 2])
>>> h_n.shape  # still (num_layers * num_directions, batch, hidden_size) #zh: 仍是（层数 * 方向数, 批大小, 隐藏大小）
torch.Size([1, 4, 2])
>>> h_0 = torch.zeros(1, 4, 2)  # h_0 and c_0 too: (num_layers * num_directions, batch, hidden_size) #zh: h_0 和 c_0 也是：（层数 * 方向数, 批大小, 隐藏大小）
>>> lstm(torch.randn(4, 5, 3), (h_0, h_0))[0].shape
torch.Size([4, 5, 2])
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     single = nn.LSTM(3, 2, num_layers=1, dropout=0.5)  # no layer after the only layer #zh: 唯一的一层之后没有下一层
>>> print(caught[0].message)
dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
>>> x = torch.randn(5, 1, 3)
>>> torch.equal(single(x)[0], single(x)[0])  # training mode, one layer: dropout does nothing #zh: 训练模式、只有一层：dropout 不起作用
True
>>> deep = nn.LSTM(3, 2, num_layers=2, dropout=0.5)
>>> torch.equal(deep(x)[0], deep(x)[0])  # training mode: dropout between the layers #zh: 训练模式：层间有 dropout
False
>>> _ = deep.eval()
>>> torch.equal(deep(x)[0], deep(x)[0])  # eval mode: no dropout #zh: eval 模式：没有 dropout
True
"""
