"""Freeze with requires_grad_(False) and hand only trainable parameters to the optimizer.

>>> import torch
>>> from torch import nn
>>> from torchnotes.tensors import count_parameters
>>> model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
>>> count_parameters(model)  # (4 * 8 + 8) + (8 * 2 + 2)
58
>>> for p in model[0].parameters():
...     _ = p.requires_grad_(False)  # freeze the first layer
>>> count_parameters(model), count_parameters(model, trainable_only=False)
(18, 58)
>>> trainable = [p for p in model.parameters() if p.requires_grad]
>>> optimizer = torch.optim.SGD(trainable, lr=0.1)
>>> model[0].weight = torch.zeros(8, 4)  # a registered slot accepts only a Parameter
Traceback (most recent call last):
    ...
TypeError: cannot assign 'torch.FloatTensor' as parameter 'weight' (torch.nn.Parameter or None expected)
"""
