"""matmul (@) follows the rank of its inputs; * is element-wise.

>>> import torch
>>> a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
>>> a @ a  # matrix product
tensor([[ 7., 10.],
        [15., 22.]])
>>> a * a  # element-wise product
tensor([[ 1.,  4.],
        [ 9., 16.]])
>>> v = torch.tensor([1.0, 1.0])
>>> v @ v  # 1-d @ 1-d: dot product, a 0-d tensor
tensor(2.)
>>> a @ v  # 2-d @ 1-d: matrix-vector, shape (2,)
tensor([3., 7.])
>>> torch.matmul(torch.ones(10, 1, 3, 4), torch.ones(5, 4, 2)).shape  # batch dims broadcast
torch.Size([10, 5, 3, 2])
>>> torch.mm(torch.ones(10, 3, 4), torch.ones(10, 4, 2))  # mm is strictly 2-d
Traceback (most recent call last):
    ...
RuntimeError: self must be a matrix
"""
