"""The reference einsum combines operands as torch does and gives its results, integer dtypes included.

>>> import torch
>>> from torchnotes.math import einsum
>>> x, y = torch.arange(30.0).reshape(5, 2, 3), torch.arange(60.0).reshape(5, 3, 4)
>>> torch.equal(einsum("bij,bjk->bik", x, y), torch.einsum("bij,bjk->bik", x, y))
True
>>> big = torch.full((3,), 100, dtype=torch.int8)
>>> einsum("i->", big), einsum("i,i->", big, torch.ones(3, dtype=torch.int8))
(tensor(300), tensor(44, dtype=torch.int8))
>>> einsum("...ij->ij", x)  # ellipsis is not supported #zh: 不支持省略号
Traceback (most recent call last):
    ...
ValueError: einsum(): ellipsis '...' is not supported by this reference: '...ij->ij'
"""
