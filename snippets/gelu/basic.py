"""GELU in its exact form and in the tanh approximation; the module takes the same switch.

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.tensor([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
>>> F.gelu(x)  # exact: x * Phi(x) #zh: 精确形式：x * Phi(x)
tensor([-0.0455, -0.1587, -0.1543,  0.0000,  0.3457,  0.8413,  1.9545])
>>> F.gelu(x, approximate="tanh")
tensor([-0.0454, -0.1588, -0.1543,  0.0000,  0.3457,  0.8412,  1.9546])
>>> torch.nn.GELU(approximate="tanh")(x).equal(F.gelu(x, approximate="tanh"))
True
>>> grid = torch.linspace(-6, 6, 1201)
>>> gap = (F.gelu(grid) - F.gelu(grid, approximate="tanh")).abs().max()
>>> gap < 5e-4, gap > 4e-4  # the two forms differ by less than 5e-4 #zh: 两种形式相差不到 5e-4
(tensor(True), tensor(True))

"""
