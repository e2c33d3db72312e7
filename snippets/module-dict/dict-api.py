r"""ModuleDict keeps insertion order, takes only string keys without dots, and has no forward.

>>> import torch
>>> from torch import nn
>>> heads = nn.ModuleDict({"b": nn.Linear(2, 2), "a": nn.ReLU()})
>>> list(heads.keys())  # insertion order, not sorted #zh: 插入顺序，不排序
['b', 'a']
>>> heads["c"] = nn.Tanh()
>>> "c" in heads, len(heads)
(True, 3)
>>> heads["x.y"] = nn.Tanh()
Traceback (most recent call last):
    ...
KeyError: 'module name can\'t contain ".", got: x.y'
>>> heads[1] = nn.Tanh()
Traceback (most recent call last):
    ...
TypeError: module name should be a string. Got int
>>> heads(torch.zeros(1, 2))  # a container, not a layer: pick a module first #zh: 它是容器而不是层：先取出模块再调用
Traceback (most recent call last):
    ...
NotImplementedError: Module [ModuleDict] is missing the required "forward" function
"""
