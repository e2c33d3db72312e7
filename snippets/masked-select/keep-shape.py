"""Rows keep different numbers of elements, so the result cannot keep the shape; torch.where can.

>>> import torch
>>> x = torch.tensor([[1.0, -2.0, 3.0],
...                   [-4.0, 5.0, -6.0]])
>>> (x > 0).sum(dim=1)  # row 0 keeps two elements, row 1 keeps one #zh: 第 0 行留下两个元素，第 1 行留下一个
tensor([2, 1])
>>> torch.masked_select(x, x > 0).shape
torch.Size([3])
>>> torch.where(x > 0, x, torch.zeros(()))  # same shape, rejected values replaced #zh: 形状不变，不要的值被替换
tensor([[1., 0., 3.],
        [0., 5., 0.]])
"""
