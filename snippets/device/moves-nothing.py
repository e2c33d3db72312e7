"""A device object moves nothing; .to(device) returns the moved tensor, and only keeping it counts.

>>> import torch
>>> x = torch.zeros(2)
>>> target = torch.device("meta")  # meta: a device every machine has, holding no data
>>> x.device
device(type='cpu')
>>> _ = x.to(target)  # result thrown away: x itself has not moved
>>> x.device
device(type='cpu')
>>> x = x.to(target)
>>> x.device
device(type='meta')
"""
