"""arange stops before end; with a float step the element count depends on rounding.

>>> import torch
>>> torch.arange(5)
tensor([0, 1, 2, 3, 4])
>>> torch.arange(1, 4)  # 4 is not included
tensor([1, 2, 3])
>>> torch.arange(10, 0, -3)
tensor([10,  7,  4,  1])
>>> torch.arange(0, 1, 0.25)
tensor([0.0000, 0.2500, 0.5000, 0.7500])
>>> torch.arange(1, 1.3, 0.1)  # 1.3 sneaks in: (1.3 - 1) / 0.1 is 3.0000000000000004
tensor([1.0000, 1.1000, 1.2000, 1.3000])
>>> torch.linspace(1, 1.2, 3)  # count the points instead
tensor([1.0000, 1.1000, 1.2000])
"""
