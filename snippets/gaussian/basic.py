"""Normal(loc, scale): the density, the distribution function, its inverse and samples.

>>> import torch
>>> from torch.distributions import Normal
>>> n = Normal(loc=170.0, scale=10.0)  # mean 170, standard deviation 10 #zh: 均值 170，标准差 10
>>> n.mean, n.stddev, n.variance
(tensor(170.), tensor(10.), tensor(100.))
>>> x = torch.tensor([150.0, 170.0, 185.0])
>>> n.log_prob(x).exp()  # the density at x #zh: x 处的概率密度
tensor([0.0054, 0.0399, 0.0130])
>>> import math
>>> torch.exp(-(x - 170) ** 2 / (2 * 10 ** 2)) / (10 * math.sqrt(2 * math.pi))  # the bell-shaped formula #zh: 钟形的公式
tensor([0.0054, 0.0399, 0.0130])
>>> n.cdf(x)  # P(X <= x) #zh: 即 P(X <= x)
tensor([0.0228, 0.5000, 0.9332])
>>> n.icdf(torch.tensor([0.025, 0.5, 0.975]))  # the inverse of cdf #zh: cdf 的反函数
tensor([150.4004, 170.0000, 189.5996])
>>> _ = torch.manual_seed(0)
>>> n.sample((5,))
tensor([185.4100, 167.0657, 148.2121, 175.6843, 159.1548])
>>> n.sample((2, 3)).shape
torch.Size([2, 3])
"""
