"""nn.LSTM runs the whole sequence: output holds every step of the last layer, (h_n, c_n) every layer's last state.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> lstm = nn.LSTM(input_size=3, hidden_size=2, num_layers=2)
>>> x = torch.randn(5, 4, 3)  # (seq_len, batch, input_size): time comes first by default #zh: （序列长度, 批大小, 输入大小）：默认时间维度在前
>>> output, (h_n, c_n) = lstm(x)
>>> output.shape  # the last layer's h at each of the 5 steps #zh: 最后一层在 5 个时间步上的 h
torch.Size([5, 4, 2])
>>> h_n.shape, c_n.shape  # the final state of each of the 2 layers #zh: 2 层各自的最终状态
(torch.Size([2, 4, 2]), torch.Size([2, 4, 2]))
>>> torch.equal(output[-1], h_n[-1])  # one direction: the last step of output is the top layer's h_n #zh: 单向时，output 的最后一步就是顶层的 h_n
True
>>> zeros = torch.zeros(2, 4, 2)
>>> torch.equal(lstm(x, (zeros, zeros))[0], output)  # no (h_0, c_0) given: zeros #zh: 不传 (h_0, c_0) 时为全 0
True
>>> [(name, tuple(p.shape)) for name, p in lstm.named_parameters()]  # layer 1 reads layer 0's 2 features #zh: 第 1 层读取第 0 层输出的 2 个特征
[('weight_ih_l0', (8, 3)), ('weight_hh_l0', (8, 2)), ('bias_ih_l0', (8,)), ('bias_hh_l0', (8,)), ('weight_ih_l1', (8, 2)), ('weight_hh_l1', (8, 2)), ('bias_ih_l1', (8,)), ('bias_hh_l1', (8,))]
>>> out_p, (h_p, c_p) = nn.LSTM(input_size=3, hidden_size=4, proj_size=2)(x)  # h projected to 2 features #zh: h 被投影到 2 个特征
>>> out_p.shape, h_p.shape, c_p.shape  # output and h_n shrink to proj_size; c_n keeps hidden_size #zh: output 和 h_n 变为 proj_size；c_n 仍是 hidden_size
(torch.Size([5, 4, 2]), torch.Size([1, 4, 2]), torch.Size([1, 4, 4]))
"""
