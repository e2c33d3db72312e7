"""torch.tensor always copies: changing the source afterwards does not change the tensor.

>>> import torch
>>> data = [1.0, 2.0, 3.0]
>>> t = torch.tensor(data)
>>> data[0] = 100.0
>>> t
tensor([1., 2., 3.])
>>> v = t.clone().detach()  # the idiom for copying a tensor
>>> v[0] = -1.0
>>> t
tensor([1., 2., 3.])
"""
