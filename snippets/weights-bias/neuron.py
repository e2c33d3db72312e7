"""One neuron: y = w1 * x1 + w2 * x2 + b; a negative weight makes the output fall as its input rises.

>>> import torch
>>> from torch import nn
>>> neuron = nn.Linear(2, 1)
>>> with torch.no_grad():
...     _ = neuron.weight.copy_(torch.tensor([[0.5, -2.0]]))
...     _ = neuron.bias.fill_(1.0)
>>> x = torch.tensor([3.0, 1.0])
>>> 0.5 * 3.0 + (-2.0) * 1.0 + 1.0
0.5
>>> neuron(x)
tensor([0.5000], grad_fn=<ViewBackward0>)
>>> neuron(torch.tensor([3.0, 2.0]))  # x2 up by 1: output down by 2 #zh: x2 增加 1：输出减少 2
tensor([-1.5000], grad_fn=<ViewBackward0>)
>>> neuron(torch.zeros(2))  # zero input: the bias alone #zh: 输入为零：只剩偏置
tensor([1.], grad_fn=<ViewBackward0>)
"""
