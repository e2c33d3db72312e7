"""Layers kept in a plain dict are invisible: no parameters, no state_dict, no .to().

>>> import torch
>>> from torch import nn
>>> from torchnotes.containers import unregistered
>>> class MultiHead(nn.Module):
...     def __init__(self, container):
...         super().__init__()
...         self.heads = container({"cls": nn.Linear(4, 3), "box": nn.Linear(4, 2)})
...     def forward(self, x):
...         return {name: head(x) for name, head in self.heads.items()}
>>> broken = MultiHead(dict)
>>> list(broken.parameters())
[]
>>> torch.optim.SGD(broken.parameters(), lr=0.1)
Traceback (most recent call last):
    ...
ValueError: optimizer got an empty parameter list
>>> list(broken.state_dict())  # nothing saved #zh: 什么也不会保存
[]
>>> broken = broken.to(torch.float64)
>>> broken.heads["cls"].weight.dtype  # .to() skipped the heads #zh: .to() 跳过了这些头
torch.float32
>>> _ = broken.eval()
>>> broken.heads["cls"].training  # and so did eval() #zh: eval() 也跳过了它们
True
>>> unregistered(broken)
{"heads['cls']": 'Linear', "heads['box']": 'Linear'}
>>> fixed = MultiHead(nn.ModuleDict)
>>> [name for name, _ in fixed.named_parameters()]
['heads.cls.weight', 'heads.cls.bias', 'heads.box.weight', 'heads.box.bias']
>>> unregistered(fixed)
{}
>>> {k: v.shape for k, v in fixed(torch.zeros(1, 4)).items()}  # forward works the same #zh: forward 的写法不变
{'cls': torch.Size([1, 3]), 'box': torch.Size([1, 2])}
>>> [name for name, _ in nn.ModuleList([nn.Linear(2, 1)]).named_parameters()]  # lists: nn.ModuleList #zh: 列表：用 nn.ModuleList
['0.weight', '0.bias']
>>> [name for name, _ in nn.ParameterDict({"scale": nn.Parameter(torch.ones(1))}).named_parameters()]
['scale']
"""
