"""F.pad lists the LAST dimension first: (left, right, top, bottom, ...).

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.ones(2, 3)
>>> F.pad(x, (1, 0))  # last dim: 1 column on the left
tensor([[0., 1., 1., 1.],
        [0., 1., 1., 1.]])
>>> F.pad(x, (0, 0, 1, 0), value=9)  # then the dim before it: 1 row on top
tensor([[9., 9., 9.],
        [1., 1., 1.],
        [1., 1., 1.]])
>>> F.pad(x, (1, 0, 0, 0)).shape, F.pad(x, (0, 0, 1, 0)).shape  # same numbers, other dim
(torch.Size([2, 4]), torch.Size([3, 3]))
>>> F.pad(x, (-1, 0))  # negative amounts crop
tensor([[1., 1.],
        [1., 1.]])
"""
