"""At a kink the one-sided derivatives differ: finite differences average them, so a correct backward fails there.

>>> import torch
>>> from torchnotes.autograd import gradcheck
>>> x = torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True)
>>> torch.autograd.gradcheck(torch.relu, x, raise_exception=False)  # relu at 0 #zh: relu 在 0 处
False
>>> torch.autograd.functional.jacobian(torch.relu, x)  # autograd takes slope 0 at 0 #zh: 自动求导在 0 处取斜率 0
tensor([[0., 0.],
        [0., 1.]], dtype=torch.float64)
>>> eps = 1e-6
>>> (torch.relu(torch.tensor(eps)) - torch.relu(torch.tensor(-eps))) / (2 * eps)  # the average of 0 and 1 #zh: 即 0 与 1 的平均
tensor(0.5000)
>>> x = torch.tensor([0.3, 1.0], dtype=torch.float64, requires_grad=True)  # away from the kink #zh: 离开折点
>>> torch.autograd.gradcheck(torch.relu, x), gradcheck(torch.relu, x)
(True, True)
"""
