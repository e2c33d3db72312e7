"""einsum names each dimension with a letter: letters kept in the output stay, the rest are summed.

>>> import torch
>>> from torchnotes.math import einsum
>>> a = torch.arange(6.0).reshape(2, 3)
>>> b = torch.arange(12.0).reshape(3, 4)
>>> torch.equal(torch.einsum("ij,jk->ik", a, b), a @ b)  # matrix product
True
>>> torch.einsum("ij->ji", a)  # transpose
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> torch.einsum("ii->", torch.eye(3) * 2)  # trace
tensor(6.)
>>> torch.einsum("i,j->ij", torch.tensor([1.0, 2.0]), torch.tensor([1.0, 10.0, 100.0]))  # outer product
tensor([[  1.,  10., 100.],
        [  2.,  20., 200.]])
>>> x, y = torch.arange(30.0).reshape(5, 2, 3), torch.arange(60.0).reshape(5, 3, 4)
>>> torch.equal(torch.einsum("bij,bjk->bik", x, y), torch.bmm(x, y))  # batched matmul
True
>>> q, k = torch.ones(2, 4, 5, 8), torch.ones(2, 4, 7, 8)  # (batch, heads, tokens, dim)
>>> torch.einsum("bhqd,bhkd->bhqk", q, k).shape  # attention scores, q @ k.transpose(-2, -1)
torch.Size([2, 4, 5, 7])
>>> torch.equal(einsum("bij,bjk->bik", x, y), torch.einsum("bij,bjk->bik", x, y))  # the reference agrees
True
"""
