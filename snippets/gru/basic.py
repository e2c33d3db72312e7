"""nn.GRU returns (output, h_n): one state, three gates, three quarters of an LSTM's weights.

>>> import warnings
>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> gru = nn.GRU(input_size=3, hidden_size=2, num_layers=2, batch_first=True)
>>> x = torch.randn(4, 5, 3)  # (batch, seq_len, input_size) #zh: （批大小, 序列长度, 输入大小）
>>> output, h_n = gru(x)
>>> output.shape  # the last layer's h at every step #zh: 最后一层在每个时间步的 h
torch.Size([4, 5, 2])
>>> h_n.shape  # (num_layers, batch, hidden_size), batch_first or not #zh: （层数, 批大小, 隐藏大小），与 batch_first 无关
torch.Size([2, 4, 2])
>>> torch.equal(output[:, -1], h_n[-1])
True
>>> torch.equal(gru(x, torch.zeros(2, 4, 2))[0], output)  # h_0 is (num_layers, batch, hidden_size) too; zeros when omitted #zh: h_0 的形状也是（层数, 批大小, 隐藏大小）；不传时为全 0
True
>>> lstm = nn.LSTM(input_size=3, hidden_size=2, num_layers=2)
>>> sum(p.numel() for p in gru.parameters()), sum(p.numel() for p in lstm.parameters())
(78, 104)
>>> nn.GRU(3, 2, proj_size=1)  # proj_size is an nn.LSTM argument only #zh: proj_size 只是 nn.LSTM 的参数
Traceback (most recent call last):
    ...
ValueError: proj_size argument is only supported for LSTM, not RNN or GRU
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     single = nn.GRU(3, 2, num_layers=1, dropout=0.5)  # dropout acts between layers, as in nn.LSTM #zh: 与 nn.LSTM 一样，dropout 作用在层与层之间
>>> print(caught[0].message)
dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
>>> torch.equal(single(x)[0], single(x)[0])  # training mode, one layer: dropout does nothing #zh: 训练模式、只有一层：dropout 不起作用
True
"""
