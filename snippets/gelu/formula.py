"""gelu(x) = x * Phi(x), Phi being the standard normal CDF; the tanh form approximates Phi.

>>> import math
>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.linspace(-4, 4, 9, dtype=torch.float64)
>>> phi = 0.5 * (1 + torch.erf(x / math.sqrt(2)))  # P(Z <= x) for Z ~ N(0, 1) #zh: Z ~ N(0, 1) 时的 P(Z <= x)
>>> torch.allclose(F.gelu(x), x * phi)
True
>>> torch.allclose(phi, torch.distributions.Normal(0.0, 1.0).cdf(x))
True
>>> approx = 0.5 * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))
>>> torch.allclose(F.gelu(x, approximate="tanh"), x * approx)
True
"""
