"""ones_like copies the dtype of its argument: ones shaped like integer labels are integers.

>>> import torch
>>> labels = torch.tensor([0, 2, 1])
>>> weights = torch.ones_like(labels)
>>> weights.dtype
torch.int64
>>> weights * 0.5  # out of place: the result is promoted to float #zh: 非原地运算：结果提升为浮点类型
tensor([0.5000, 0.5000, 0.5000])
>>> weights *= 0.5  # in place: a float result cannot be stored in int64 #zh: 原地运算：浮点结果无法存进 int64
Traceback (most recent call last):
    ...
RuntimeError: result type Float can't be cast to the desired output type Long
>>> torch.ones_like(labels, dtype=torch.float32) * 0.5  # ask for the dtype you need #zh: 直接要所需的数据类型
tensor([0.5000, 0.5000, 0.5000])
>>> torch.equal(torch.ones(3) * 7, torch.full((3,), 7.0))  # the same constant, without the multiplication #zh: 同样的常数，省掉一次乘法
True
"""
