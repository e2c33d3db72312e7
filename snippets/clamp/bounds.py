"""clamp limits values to [min, max]; outside the range the gradient is zero.

>>> import torch
>>> t = torch.tensor([-1.0, 0.5, 2.0, 0.8])
>>> torch.clamp(t, min=0, max=1)
tensor([0.0000, 0.5000, 1.0000, 0.8000])
>>> torch.clamp(t, min=0)  # one bound is enough; clamp(min=0) is ReLU
tensor([0.0000, 0.5000, 2.0000, 0.8000])
>>> torch.clamp(torch.tensor([1.0, 5.0]), min=3, max=2)  # min > max: everything becomes max
tensor([2., 2.])
>>> torch.clamp(torch.tensor([float("nan"), 3.0]), 0, 1)  # NaN passes through
tensor([nan, 1.])
>>> x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
>>> torch.clamp(x, 0, 1).sum().backward()
>>> x.grad  # no gradient where the value was clipped
tensor([0., 1., 0.])
"""
