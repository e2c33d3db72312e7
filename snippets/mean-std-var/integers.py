"""Integer tensors have no mean; the old unbiased= keyword still works in torch 2.14.

>>> import torch
>>> counts = torch.tensor([1, 2, 4])
>>> counts.mean()
Traceback (most recent call last):
    ...
RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
>>> counts.float().mean(), counts.mean(dtype=torch.float32)
(tensor(2.3333), tensor(2.3333))
>>> x = torch.tensor([1.0, 2.0, 3.0, 4.0])
>>> x.var(unbiased=False), x.var(correction=0)  # the pre-2.0 spelling, no warning yet
(tensor(1.2500), tensor(1.2500))
"""
