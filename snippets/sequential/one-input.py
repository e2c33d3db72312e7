"""Each layer gets exactly what the previous one returned: a tuple is handed on whole.

>>> import torch
>>> from torch import nn
>>> net = nn.Sequential(nn.LSTM(input_size=4, hidden_size=8, batch_first=True), nn.Linear(8, 2))
>>> x = torch.zeros(2, 5, 4)
>>> type(net[0](x))  # LSTM returns (output, (h, c)) #zh: LSTM 返回 (output, (h, c))
<class 'tuple'>
>>> net(x)  # so the Linear receives a tuple #zh: 于是 Linear 收到的是一个元组
Traceback (most recent call last):
    ...
TypeError: linear(): argument 'input' (position 1) must be Tensor, not tuple
>>> nn.Sequential(nn.Linear(4, 2))(x, x)  # and forward takes one input #zh: forward 也只接受一个输入
Traceback (most recent call last):
    ...
TypeError: Sequential.forward() takes 2 positional arguments but 3 were given
>>> nn.Sequential(torch.relu)  # only modules are allowed #zh: 只能放模块
Traceback (most recent call last):
    ...
TypeError: torch._VariableFunctionsClass.relu is not a Module subclass
"""
