"""log_prob is a log density, not a log probability: it is positive wherever the density exceeds 1.

>>> import torch
>>> from torch.distributions import Normal
>>> narrow = Normal(0.0, 0.1)
>>> narrow.log_prob(torch.tensor(0.0))
tensor(1.3836)
>>> narrow.log_prob(torch.tensor(0.0)).exp()  # a density of about 4, not a probability #zh: 概率密度约为 4，不是概率
tensor(3.9894)
>>> narrow.cdf(torch.tensor(0.05)) - narrow.cdf(torch.tensor(-0.05))  # probabilities come from cdf differences #zh: 概率来自 cdf 之差
tensor(0.3829)
"""
