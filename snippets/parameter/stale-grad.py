"""An optimizer made before freezing still holds the parameter; a zero grad left by zero_grad(set_to_none=False) keeps it moving.

>>> import torch
>>> from torch import nn
>>> def frozen_weight_moves(set_to_none):
...     layer = nn.Linear(2, 1)
...     optimizer = torch.optim.SGD(layer.parameters(), lr=0.1, momentum=0.9, weight_decay=0.1)
...     layer(torch.ones(1, 2)).sum().backward()
...     optimizer.step()
...     optimizer.zero_grad(set_to_none=set_to_none)
...     layer.weight.requires_grad_(False)  # frozen after the optimizer was made #zh: 在创建优化器之后才冻结
...     before = layer.weight.detach().clone()
...     layer(torch.ones(1, 2)).sum().backward()
...     optimizer.step()
...     return not torch.equal(before, layer.weight), layer.weight.grad
>>> frozen_weight_moves(set_to_none=True)  # grad is None: the optimizer skips it #zh: grad 为 None：优化器跳过它
(False, None)
>>> frozen_weight_moves(set_to_none=False)  # a zero grad: momentum and weight decay still move it #zh: 梯度为零：动量和权重衰减仍会改动它
(True, tensor([[0., 0.]]))
"""
