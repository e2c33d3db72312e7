"""Normal checks its arguments: the scale must be positive, and values must be tensors.

>>> import torch
>>> from torch.distributions import Normal
>>> Normal(0.0, 0.0)
Traceback (most recent call last):
    ...
ValueError: Expected parameter scale (Tensor of shape ()) of distribution Normal(loc: 0.0, scale: 0.0) to satisfy the constraint GreaterThan(lower_bound=0.0), but found invalid values:
0.0
>>> try:
...     Normal(0.0, -1.0)
... except ValueError as error:  # a negative scale too #zh: 负的 scale 同样报错
...     print(type(error).__name__)
ValueError
>>> Normal(0.0, 1.0).log_prob(0.5)
Traceback (most recent call last):
    ...
ValueError: The value argument to log_prob must be a Tensor
>>> Normal(0.0, 1.0).log_prob(torch.tensor(0.5))
tensor(-1.0439)
"""
