"""The 68-95-99.7 rule, computed: the mass within k standard deviations of the mean.

>>> import math
>>> import torch
>>> from torch.distributions import Normal
>>> k = torch.tensor([1.0, 2.0, 3.0])
>>> n = Normal(0.0, 1.0)
>>> n.cdf(k) - n.cdf(-k)
tensor([0.6827, 0.9545, 0.9973])
>>> torch.erf(k / math.sqrt(2))  # the same mass in closed form #zh: 同样的概率，用闭式表达
tensor([0.6827, 0.9545, 0.9973])
>>> m = Normal(170.0, 10.0)  # any mean and standard deviation give the same numbers #zh: 任何均值和标准差都得到同样的数
>>> m.cdf(170 + k * 10) - m.cdf(170 - k * 10)
tensor([0.6827, 0.9545, 0.9973])
>>> _ = torch.manual_seed(0)
>>> z = torch.randn(1_000_000)
>>> (z.abs().unsqueeze(1) <= k).float().mean(dim=0)  # a sample comes close #zh: 样本的比例与之接近
tensor([0.6823, 0.9548, 0.9972])
>>> import torch.nn.functional as F
>>> x = torch.tensor([-1.0, 0.5, 2.0])
>>> torch.allclose(F.gelu(x), x * n.cdf(x))  # GELU is x times the standard normal cdf #zh: GELU 就是 x 乘以标准正态分布的 cdf
True
"""
