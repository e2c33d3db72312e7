"""With a float step, rounding decides how many values you get; let linspace count the points.

>>> import math
>>> import torch
>>> len(torch.arange(0, 1, 0.1))  # 10 values: here rounding happens to work out
10
>>> torch.arange(1, 1.3, 0.1)  # but here 1.3 sneaks in
tensor([1.0000, 1.1000, 1.2000, 1.3000])
>>> (1.3 - 1) / 0.1  # the count is the ceiling of this
3.0000000000000004
>>> math.ceil((1.3 - 1) / 0.1)
4
>>> torch.linspace(1, 1.2, 3)  # give the number of points instead
tensor([1.0000, 1.1000, 1.2000])
>>> torch.arange(0, 5, 0.5, dtype=torch.int64)  # an integer dtype truncates step 0.5 to 0
tensor([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
"""
