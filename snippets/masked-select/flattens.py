"""masked_select always returns a 1-d tensor; keep the shape with torch.where instead.

>>> import torch
>>> x = torch.tensor([[1.0, -2.0, 3.0],
...                   [-4.0, 5.0, -6.0]])
>>> torch.masked_select(x, x > 0)  # the (2, 3) shape is gone
tensor([1., 3., 5.])
>>> x[x > 0]  # boolean indexing does the same
tensor([1., 3., 5.])
>>> torch.where(x > 0, x, torch.zeros(()))  # same shape, rejected values replaced
tensor([[1., 0., 3.],
        [0., 5., 0.]])
>>> torch.masked_select(x, torch.tensor([True, False, True]))  # the mask broadcasts over rows
tensor([ 1.,  3., -4., -6.])
"""
