"""matmul (@) picks its product by rank: dot, matrix-vector, matrix, and broadcast batches.

>>> import torch
>>> from torchnotes.math import matmul
>>> a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
>>> v = torch.tensor([1.0, 1.0])
>>> v @ v  # 1-d @ 1-d: dot product, a 0-d tensor #zh: 一维 @ 一维：点积，结果是 0 维张量
tensor(2.)
>>> a @ v  # (2, 2) @ (2,): the vector acts as a column, result (2,) #zh: (2, 2) @ (2,)：向量当作列向量，结果是 (2,)
tensor([3., 7.])
>>> v @ a  # (2,) @ (2, 2): the vector acts as a row, result (2,) #zh: (2,) @ (2, 2)：向量当作行向量，结果是 (2,)
tensor([4., 6.])
>>> v.unsqueeze(0) @ a  # an explicit row (1, 2) keeps its 1 #zh: 明确的行向量 (1, 2) 会保留这个 1
tensor([[4., 6.]])
>>> (torch.ones(3, 4) @ torch.ones(4, 5)).shape, (torch.ones(7, 3, 4) @ torch.ones(4, 5)).shape
(torch.Size([3, 5]), torch.Size([7, 3, 5]))
>>> x, w = torch.ones(10, 1, 3, 4), torch.ones(5, 4, 2)
>>> (x @ w).shape  # batch dims (10, 1) and (5,) broadcast to (10, 5) #zh: 批次维度 (10, 1) 与 (5,) 广播成 (10, 5)
torch.Size([10, 5, 3, 2])
>>> torch.equal(matmul(x, w), x @ w)
True
>>> torch.ones(2, 3, 4) @ torch.ones(3, 4, 5)  # batch sizes 2 and 3 do not broadcast #zh: 批次大小 2 和 3 无法广播
Traceback (most recent call last):
    ...
RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0
>>> torch.ones(2, 1) @ torch.ones(3, 2)  # the inner size 1 does not broadcast either #zh: 内积维度的 1 也不会广播
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x1 and 3x2)
"""
