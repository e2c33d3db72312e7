"""einsum names each dimension with a letter: letters kept in the output stay, the rest are summed.

>>> import torch
>>> a = torch.arange(6.0).reshape(2, 3)
>>> b = torch.arange(12.0).reshape(3, 4)
>>> torch.equal(torch.einsum("ij,jk->ik", a, b), a @ b)  # matrix product #zh: 矩阵乘法
True
>>> torch.einsum("ij->ji", a)  # transpose #zh: 转置
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> m = torch.arange(9.0).reshape(3, 3)
>>> torch.einsum("ii->", m), torch.einsum("ii->i", m)  # trace and diagonal #zh: 迹和对角线
(tensor(12.), tensor([0., 4., 8.]))
>>> torch.einsum("ij->", a)  # sum of all entries #zh: 所有元素之和
tensor(15.)
>>> u, v = torch.tensor([1.0, 2.0]), torch.tensor([1.0, 10.0, 100.0])
>>> torch.einsum("i,j->ij", u, v)  # outer product #zh: 外积
tensor([[  1.,  10., 100.],
        [  2.,  20., 200.]])
>>> torch.einsum("i,i->", u, u), torch.dot(u, u)  # dot product #zh: 点积
(tensor(5.), tensor(5.))
>>> x, y = torch.arange(30.0).reshape(5, 2, 3), torch.arange(60.0).reshape(5, 3, 4)
>>> torch.equal(torch.einsum("bij,bjk->bik", x, y), torch.bmm(x, y))  # batched matmul #zh: 批次矩阵乘法
True
>>> q, k = torch.ones(2, 4, 5, 8), torch.ones(2, 4, 7, 8)  # (batch, heads, tokens, dim) #zh: (批次, 头数, 词元数, 维度)
>>> torch.einsum("bhqd,bhkd->bhqk", q, k).shape  # attention scores, q @ k.transpose(-2, -1) #zh: 注意力分数，即 q @ k.transpose(-2, -1)
torch.Size([2, 4, 5, 7])
"""
