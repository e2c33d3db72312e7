"""cudnn.deterministic is a cuDNN setting: it does not switch on deterministic algorithms.

>>> import torch
>>> torch.backends.cudnn.deterministic = True
>>> torch.are_deterministic_algorithms_enabled()  # still off #zh: 仍然是关闭的
False
>>> torch.zeros(4).put_(torch.tensor([0, 1]), torch.tensor([1.0, 2.0]))  # so put_ runs #zh: 所以 put_ 照常运行
tensor([1., 2., 0., 0.])
>>> torch.backends.cudnn.deterministic = False
"""
