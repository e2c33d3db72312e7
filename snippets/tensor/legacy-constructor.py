"""torch.Tensor (capital T) is the legacy constructor: always float32, and an int means a size.

>>> import torch
>>> torch.Tensor([1, 2]).dtype, torch.tensor([1, 2]).dtype
(torch.float32, torch.int64)
>>> torch.Tensor(3).shape  # an uninitialised tensor with 3 elements
torch.Size([3])
>>> torch.tensor(3).shape  # a 0-d tensor holding the number 3
torch.Size([])
>>> layer = torch.nn.Linear(2, 1)
>>> layer(torch.tensor([1, 2]))  # int64 data meets float32 weights
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float
>>> layer(torch.tensor([1.0, 2.0])).dtype  # write floats (or pass dtype=torch.float32)
torch.float32
"""
