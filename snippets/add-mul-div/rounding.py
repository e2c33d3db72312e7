"""Dividing integer tensors gives floats; rounding_mode picks "trunc" (toward 0) or "floor" (like //).

>>> import torch
>>> a = torch.tensor([7, -7])
>>> a / 2  # true division, even for ints
tensor([ 3.5000, -3.5000])
>>> torch.div(a, 2, rounding_mode="trunc")  # toward zero, like C
tensor([ 3, -3])
>>> torch.div(a, 2, rounding_mode="floor")  # toward minus infinity
tensor([ 3, -4])
>>> a // 2  # Python's //: floor
tensor([ 3, -4])
>>> torch.tensor([1.0, -1.0, 0.0]) / 0  # floats: inf, -inf, nan
tensor([inf, -inf, nan])
>>> torch.tensor([1]) // 0  # integers: an error
Traceback (most recent call last):
    ...
RuntimeError: ZeroDivisionError
>>> x = torch.tensor([1.0])
>>> torch.floor(x / 0.1), x // 0.1  # 0.1 is stored a little above 1/10
(tensor([10.]), tensor([9.]))
"""
