"""-log_prob of the observed values is the Gaussian negative log-likelihood; gaussian_nll_loss takes the variance.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch.distributions import Normal
>>> mu = torch.tensor([1.0, 2.0, 3.0])  # predicted means #zh: 预测的均值
>>> sigma = torch.tensor([0.5, 1.0, 2.0])  # predicted standard deviations #zh: 预测的标准差
>>> y = torch.tensor([1.2, 1.0, 5.0])  # observed values #zh: 观测值
>>> -Normal(mu, sigma).log_prob(y).mean()
tensor(1.2789)
>>> F.gaussian_nll_loss(mu, y, sigma**2, full=True)  # var=, not std #zh: 传入的是方差，不是标准差
tensor(1.2789)
>>> import math
>>> F.gaussian_nll_loss(mu, y, sigma**2, full=True) - F.gaussian_nll_loss(mu, y, sigma**2)  # the default leaves out a constant #zh: 默认省去了一个常数项
tensor(0.9189)
>>> 0.5 * math.log(2 * math.pi)
0.9189385332046727
"""
