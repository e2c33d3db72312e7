"""matmul (@) picks its product by rank: dot, matrix-vector, matrix, and broadcast batches.

>>> import torch
>>> from torchnotes.math import matmul
>>> a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
>>> v = torch.tensor([1.0, 1.0])
>>> v @ v  # 1-d @ 1-d: dot product, a 0-d tensor
tensor(2.)
>>> a @ v  # (2, 2) @ (2,): the vector acts as a column, result (2,)
tensor([3., 7.])
>>> v @ a  # (2,) @ (2, 2): the vector acts as a row, result (2,)
tensor([4., 6.])
>>> x, w = torch.ones(10, 1, 3, 4), torch.ones(5, 4, 2)
>>> (x @ w).shape  # batch dims (10, 1) and (5,) broadcast to (10, 5)
torch.Size([10, 5, 3, 2])
>>> torch.equal(matmul(x, w), x @ w)
True
>>> torch.mm(torch.ones(10, 3, 4), torch.ones(10, 4, 2))  # mm is strictly 2-d
Traceback (most recent call last):
    ...
RuntimeError: self must be a matrix
>>> torch.bmm(torch.ones(1, 3, 4), torch.ones(5, 4, 2))  # bmm does not broadcast
Traceback (most recent call last):
    ...
RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [1, 4] but got: [5, 4].
"""
