"""Bidirectional: the reverse direction ends at step 0, so output[-1] is not the final state.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> lstm = nn.LSTM(input_size=3, hidden_size=2, bidirectional=True)
>>> x = torch.randn(5, 1, 3)
>>> output, (h_n, c_n) = lstm(x)
>>> output.shape, h_n.shape  # forward and reverse concatenated; one h_n per direction #zh: 正反两个方向拼接；每个方向一个 h_n
(torch.Size([5, 1, 4]), torch.Size([2, 1, 2]))
>>> torch.equal(output[-1, :, :2], h_n[-2])  # forward half: its last step is the final state #zh: 正向一半：最后一步就是最终状态
True
>>> torch.equal(output[-1, :, 2:], h_n[-1])  # reverse half at the last step: only one step read #zh: 反向一半在最后一步只读了一个时间步
False
>>> torch.equal(output[0, :, 2:], h_n[-1])  # the reverse direction ends at step 0 #zh: 反向方向在第 0 步结束
True
>>> torch.allclose(output[-1, :, 2:], lstm(x[-1:])[0][0, :, 2:])  # at the last step it has read that step alone #zh: 在最后一步，它只读了这一步
True
>>> [name for name, _ in lstm.named_parameters() if name.endswith("_reverse")]  # the second direction's parameters #zh: 第二个方向的参数
['weight_ih_l0_reverse', 'weight_hh_l0_reverse', 'bias_ih_l0_reverse', 'bias_hh_l0_reverse']
"""
