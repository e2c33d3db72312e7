"""* multiplies element by element (with broadcasting); only @ / matmul is the matrix product.

>>> import torch
>>> a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
>>> a @ a  # matrix product #zh: 矩阵乘法
tensor([[ 7., 10.],
        [15., 22.]])
>>> a * a  # element-wise product #zh: 逐元素乘积
tensor([[ 1.,  4.],
        [ 9., 16.]])
>>> x, w = torch.ones(2, 3), torch.ones(3, 4)
>>> (x @ w).shape
torch.Size([2, 4])
>>> x * w  # shapes (2, 3) and (3, 4): a broadcasting error #zh: 形状 (2, 3) 与 (3, 4)：报的是广播错误
Traceback (most recent call last):
    ...
RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1
"""
