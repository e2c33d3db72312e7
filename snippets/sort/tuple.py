"""sort returns a pair, not a tensor: unpack it or take .values before doing arithmetic.

>>> import torch
>>> x = torch.tensor([2.0, 1.0, 2.0, 1.0])
>>> torch.sort(x) + 1
Traceback (most recent call last):
    ...
TypeError: can only concatenate tuple (not "int") to tuple
>>> torch.sort(x).values + 1
tensor([2., 2., 3., 3.])
>>> from torchnotes.math import sort
>>> sort(x, descending=True)  # the stable reference: equal values keep their order
(tensor([2., 2., 1., 1.]), tensor([0, 2, 1, 3]))
"""
