"""The second argument is the standard deviation, not the variance.

>>> import torch
>>> from torch.distributions import Normal
>>> n = Normal(0.0, 4.0)
>>> n.stddev, n.variance  # scale=4 means variance 16 #zh: scale=4 表示方差为 16
(tensor(4.), tensor(16.))
>>> _ = torch.manual_seed(0)
>>> n.sample((100_000,)).std()
tensor(4.0050)
>>> Normal(0.0, 16.0 ** 0.5).log_prob(torch.tensor(2.0)) == Normal(0.0, 4.0).log_prob(torch.tensor(2.0))  # for variance 16, pass sqrt(16) #zh: 方差为 16 时要传 sqrt(16)
tensor(True)
"""
