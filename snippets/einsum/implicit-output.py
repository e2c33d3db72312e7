"""Without '->' einsum sorts the output letters alphabetically, so "ba" is a transpose.

>>> import torch
>>> x = torch.arange(6.0).reshape(2, 3)
>>> torch.einsum("ba", x)  # implicit output "ab": the transpose
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> torch.einsum("ba->ba", x)  # explicit output: unchanged
tensor([[0., 1., 2.],
        [3., 4., 5.]])
>>> w = torch.ones(3, 4)
>>> torch.einsum("bi,io", x, w).shape  # output "bo": (2, 4) as hoped
torch.Size([2, 4])
>>> torch.einsum("si,io", x, w).shape  # output "os": (4, 2), transposed
torch.Size([4, 2])
>>> torch.einsum("i,i->", torch.ones(1), torch.ones(3))  # a size-1 dim broadcasts, no error
tensor(3.)
"""
