"""Bounds take part in type promotion: a float bound turns an integer tensor into floats.

>>> import torch
>>> ids = torch.tensor([-2, 0, 3])
>>> torch.clamp(ids, min=0)  # an int bound keeps int64
tensor([0, 0, 3])
>>> torch.clamp(ids, min=0.5)  # a float bound gives float32
tensor([0.5000, 0.5000, 3.0000])
>>> torch.clamp(torch.ones(2, dtype=torch.float16), max=1e5)  # the bound must fit the dtype
Traceback (most recent call last):
    ...
RuntimeError: value cannot be converted to type c10::Half without overflow
"""
