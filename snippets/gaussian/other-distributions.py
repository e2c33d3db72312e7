"""The 68-95-99.7 rule belongs to the normal distribution: other distributions put other masses within k standard deviations.

>>> import torch
>>> from torch.distributions import Exponential, Normal, Uniform
>>> k = torch.tensor([1.0, 2.0, 3.0])
>>> def within(d, low=-float("inf"), high=float("inf")):  # P(|X - mean| <= k * std) #zh: 计算 P(|X - mean| <= k * std)
...     a = (d.mean - k * d.stddev).clamp(low, high)  # kept inside the support #zh: 限制在取值范围内
...     b = (d.mean + k * d.stddev).clamp(low, high)
...     return [round(p, 4) for p in (d.cdf(b) - d.cdf(a)).tolist()]
>>> within(Normal(0.0, 1.0))
[0.6827, 0.9545, 0.9973]
>>> within(Uniform(0.0, 1.0), 0.0, 1.0)
[0.5774, 1.0, 1.0]
>>> within(Exponential(1.0), 0.0)
[0.8647, 0.9502, 0.9817]
"""
