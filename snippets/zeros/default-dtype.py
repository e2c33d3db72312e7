"""zeros is float32 unless told otherwise, which breaks code that wants integers: indices, labels.

>>> import torch
>>> torch.zeros(3).dtype
torch.float32
>>> scores = torch.tensor([10, 20, 30])
>>> scores[torch.zeros(2)]  # float tensors cannot index
Traceback (most recent call last):
    ...
IndexError: tensors used as indices must be long, int, byte or bool tensors
>>> scores[torch.zeros(2, dtype=torch.long)]
tensor([10, 10])
>>> torch.zeros(2, dtype=torch.long, requires_grad=True)  # only float/complex tensors track gradients
Traceback (most recent call last):
    ...
RuntimeError: Only Tensors of floating point and complex dtype can require gradients
"""
