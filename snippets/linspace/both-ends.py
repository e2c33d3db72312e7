"""linspace includes both ends and takes the number of points, which has no default.

>>> import torch
>>> torch.linspace(0, 1, steps=5)  # spacing (1 - 0) / (5 - 1)
tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
>>> torch.linspace(1, 0, steps=3)  # counting down works too
tensor([1.0000, 0.5000, 0.0000])
>>> torch.linspace(0, 1, steps=1)  # one point: start
tensor([0.])
>>> torch.linspace(0, 1, steps=0)
tensor([])
>>> try:
...     torch.linspace(0, 1)  # steps is required since PyTorch 1.11
... except TypeError as error:
...     print(str(error).splitlines()[0])
linspace() received an invalid combination of arguments - got (int, int), but expected one of:
"""
