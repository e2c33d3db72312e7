"""Freeze with requires_grad_(False) and hand only trainable parameters to the optimizer.

>>> import torch
>>> from torch import nn
>>> from torchnotes.tensors import count_parameters
>>> model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
>>> count_parameters(model)  # weights and biases of both layers: (4 * 8 + 8) + (8 * 2 + 2) #zh: 两层的权重和偏置：(4 * 8 + 8) + (8 * 2 + 2)
58
>>> for p in model[0].parameters():
...     _ = p.requires_grad_(False)  # freeze the first layer #zh: 冻结第一层
>>> count_parameters(model), count_parameters(model, trainable_only=False)
(18, 58)
>>> trainable = [p for p in model.parameters() if p.requires_grad]
>>> optimizer = torch.optim.SGD(trainable, lr=0.1)
>>> model[0].weight = torch.zeros(8, 4)  # a registered slot accepts only a Parameter #zh: 已注册的位置只接受 Parameter
Traceback (most recent call last):
    ...
TypeError: cannot assign 'torch.FloatTensor' as parameter 'weight' (torch.nn.Parameter or None expected)
>>> model[0].weight = nn.Parameter(torch.zeros(8, 4))  # wrap it, or copy into the existing one: #zh: 包一层 Parameter，或者复制进原有的参数：
>>> with torch.no_grad():
...     _ = model[2].weight.copy_(torch.zeros(2, 8))
>>> nn.Parameter(torch.tensor([1, 2]))  # integers cannot require grad #zh: 整数不能求梯度
Traceback (most recent call last):
    ...
RuntimeError: Only Tensors of floating point and complex dtype can require gradients
>>> nn.Parameter(torch.tensor([1, 2]), requires_grad=False)
Parameter containing:
tensor([1, 2])
"""
