"""sort returns a pair, not a tensor: unpack it or take .values before doing arithmetic.

>>> import torch
>>> x = torch.tensor([2.0, 1.0, 2.0, 1.0])
>>> torch.sort(x) + 1  # a pair plus a number #zh: 一对结果加一个数
Traceback (most recent call last):
    ...
TypeError: can only concatenate tuple (not "int") to tuple
>>> torch.sort(x).values + 1
tensor([2., 2., 3., 3.])
>>> torch.sort(x) * 2  # tuple repetition, no error #zh: 元组重复，不报错
(tensor([1., 1., 2., 2.]), tensor([1, 3, 0, 2]), tensor([1., 1., 2., 2.]), tensor([1, 3, 0, 2]))
>>> from torchnotes.math import sort
>>> sort(x, descending=True)  # the stable reference: equal values keep their order #zh: 稳定的参考实现：相等的值保持原来的顺序
(tensor([2., 2., 1., 1.]), tensor([0, 2, 1, 3]))
>>> torch.equal(sort(x, descending=True)[1], torch.sort(x, descending=True, stable=True).indices)
True
"""
