"""Besides constant there are reflect, replicate and circular; reflect needs pad < size.

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.arange(4.0).reshape(1, 4)  # (channels, width)
>>> F.pad(x, (2, 2), mode="reflect")  # mirror, without repeating the edge
tensor([[2., 1., 0., 1., 2., 3., 2., 1.]])
>>> F.pad(x, (2, 2), mode="replicate")  # repeat the edge value
tensor([[0., 0., 0., 1., 2., 3., 3., 3.]])
>>> F.pad(x, (2, 2), mode="circular")  # wrap around
tensor([[2., 3., 0., 1., 2., 3., 0., 1.]])
>>> F.pad(x, (3, 3), mode="reflect").shape  # 3 < 4 is still fine
torch.Size([1, 10])
>>> F.pad(x, (4, 0), mode="reflect")
Traceback (most recent call last):
    ...
RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (4, 0) at dimension 1 of input [1, 4]
"""
