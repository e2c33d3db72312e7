"""eval() does not turn off gradient tracking; torch.no_grad() (or inference_mode) does.

>>> import torch
>>> from torch import nn
>>> net = nn.Linear(2, 1).eval()
>>> out = net(torch.ones(1, 2))
>>> out.requires_grad, out.grad_fn is not None  # still recorded #zh: 仍然记录计算图
(True, True)
>>> with torch.no_grad():
...     out = net(torch.ones(1, 2))
>>> out.requires_grad
False
>>> with torch.inference_mode():
...     out = net(torch.ones(1, 2))
>>> out.requires_grad
False
"""
