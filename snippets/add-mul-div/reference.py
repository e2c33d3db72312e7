"""The reference div gives torch.div's results in all three modes, dtypes included.

>>> import torch
>>> from torchnotes.math import div
>>> a = torch.tensor([7, -7, -8, 7], dtype=torch.int8)
>>> b = torch.tensor([2, 2, 3, -2])
>>> div(a, b, rounding_mode="floor"), torch.div(a, b, rounding_mode="floor")  # int8 with int64: int64 #zh: int8 与 int64：得到 int64
(tensor([ 3, -4, -3, -4]), tensor([ 3, -4, -3, -4]))
>>> div(a, b), torch.div(a, b)
(tensor([ 3.5000, -3.5000, -2.6667, -3.5000]), tensor([ 3.5000, -3.5000, -2.6667, -3.5000]))
>>> x, y = torch.tensor([1.0, -1.0]), torch.tensor([0.1, 0.1])
>>> div(x, y, rounding_mode="floor"), torch.div(x, y, rounding_mode="floor")
(tensor([  9., -10.]), tensor([  9., -10.]))
>>> div(torch.tensor([1]), torch.tensor([0]), rounding_mode="floor")
Traceback (most recent call last):
    ...
ValueError: div(): integer division by zero (b contains 0)
"""
