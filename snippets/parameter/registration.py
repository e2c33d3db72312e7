"""Only Parameters assigned to a module are registered, and the optimizer sees nothing else.

>>> import torch
>>> from torch import nn
>>> from torchnotes.tensors import count_parameters
>>> class Scale(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.gain = nn.Parameter(torch.ones(3))  # registered
...         self.offset = torch.zeros(3)  # a plain tensor: not a parameter
...         self.extra = [nn.Parameter(torch.ones(5))]  # hidden inside a Python list
>>> m = Scale()
>>> [name for name, _ in m.named_parameters()]
['gain']
>>> count_parameters(m)
3
>>> m.gain.requires_grad  # True by default
True
>>> type(m.gain * 2)  # results of operations are plain tensors
<class 'torch.Tensor'>
"""
