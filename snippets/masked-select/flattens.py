"""masked_select returns the selected elements as one 1-d tensor, in row-major order.

>>> import torch
>>> x = torch.tensor([[1.0, -2.0, 3.0],
...                   [-4.0, 5.0, -6.0]])
>>> torch.masked_select(x, x > 0)  # the (2, 3) shape is gone #zh: (2, 3) 的形状没有了
tensor([1., 3., 5.])
>>> x[x > 0]  # a mask of x's own shape: boolean indexing gives the same #zh: 掩码与 x 同形状时，布尔索引结果相同
tensor([1., 3., 5.])
>>> torch.masked_select(x, x > 0.5).numel(), torch.masked_select(x, x > 2.5).numel()  # the length depends on the values #zh: 长度取决于数据的值
(3, 2)
>>> torch.masked_select(x, (x > 0).int())  # the mask must be bool #zh: 掩码必须是 bool
Traceback (most recent call last):
    ...
RuntimeError: masked_select: expected BoolTensor for mask
>>> torch.masked_select(x, (x > 0).int().bool())
tensor([1., 3., 5.])
"""
