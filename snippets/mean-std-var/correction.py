"""torch.std/var divide by N - 1 by default (correction=1); NumPy divides by N (ddof=0).

>>> import numpy as np
>>> import torch
>>> data = [1.0, 2.0, 3.0, 4.0]
>>> x = torch.tensor(data)
>>> x.mean(), x.var(), x.var(correction=0)
(tensor(2.5000), tensor(1.6667), tensor(1.2500))
>>> float(np.var(data)), float(np.var(data, ddof=1))  # NumPy's default is the other one
(1.25, 1.6666666666666667)
>>> x.std(correction=0)
tensor(1.1180)
>>> torch.tensor([[1.0, 2.0], [3.0, 5.0]]).mean(dim=0)  # per column
tensor([2.0000, 3.5000])
>>> torch.tensor([1, 2]).mean()  # integer tensors have no mean
Traceback (most recent call last):
    ...
RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
"""
