"""Pruning does not shrink the saved file: it doubles while pruned, and only sparse storage makes it smaller.

>>> import io
>>> import torch
>>> from torch import nn
>>> from torch.nn.utils import prune
>>> def saved_bytes(state):
...     buffer = io.BytesIO()
...     torch.save(state, buffer)
...     return buffer.tell()
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(256, 256)
>>> before = saved_bytes(layer.state_dict())
>>> _ = prune.l1_unstructured(layer, "weight", amount=0.9)
>>> list(layer.state_dict())  # weight_orig and weight_mask: two full-size tensors #zh: weight_orig 和 weight_mask：两个完整大小的张量
['bias', 'weight_orig', 'weight_mask']
>>> round(saved_bytes(layer.state_dict()) / before, 2)
1.99
>>> _ = prune.remove(layer, "weight")
>>> layer.weight.layout, layer.weight.shape  # still dense: 90 % zeros are still stored #zh: 仍是稠密张量：90% 的零照样存储
(torch.strided, torch.Size([256, 256]))
>>> round(saved_bytes(layer.state_dict()) / before, 2)
1.0
>>> sparse = {k: v.to_sparse() for k, v in layer.state_dict().items()}
>>> round(saved_bytes(sparse) / before, 2)  # COO: int64 indices + values of the nonzeros #zh: COO：只存非零元素的 int64 索引和值
0.52
"""
