"""torch.tensor copies the data and infers the dtype from it; torch.Tensor is the legacy constructor.

>>> import torch
>>> torch.tensor([1, 2]).dtype, torch.tensor([1, 2.0]).dtype, torch.tensor([True]).dtype
(torch.int64, torch.float32, torch.bool)
>>> torch.tensor([[1, 2], [3, 4]], dtype=torch.float64)
tensor([[1., 2.],
        [3., 4.]], dtype=torch.float64)
>>> torch.tensor(3).shape  # a 0-d tensor holding 3
torch.Size([])
>>> torch.Tensor(3).shape  # legacy: an uninitialised tensor of SIZE 3
torch.Size([3])
>>> torch.Tensor([1, 2]).dtype  # always float32
torch.float32
>>> torch.tensor([[1, 2], [3]])  # rows must have equal length
Traceback (most recent call last):
    ...
ValueError: expected sequence of length 2 at dim 1 (got 1)
"""
