"""linspace includes both ends and needs the number of points; there is no default count.

>>> import torch
>>> torch.linspace(0, 1, steps=5)
tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
>>> torch.linspace(0, 1, steps=1)  # one point: start
tensor([0.])
>>> torch.linspace(1, 0, steps=3)  # may count down
tensor([1.0000, 0.5000, 0.0000])
>>> try:
...     torch.linspace(0, 1)  # steps is required
... except TypeError as error:
...     print(str(error).splitlines()[0])
linspace() received an invalid combination of arguments - got (int, int), but expected one of:
"""
