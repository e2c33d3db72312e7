"""Variable is deprecated since 0.4: it returns a plain Tensor; use requires_grad on tensors.

>>> import torch
>>> from torch.autograd import Variable
>>> v = Variable(torch.ones(2), requires_grad=True)
>>> type(v), v.requires_grad
(<class 'torch.Tensor'>, True)
>>> w = torch.ones(2, requires_grad=True)  # the modern spelling
>>> (w * 3).sum().backward()
>>> w.grad
tensor([3., 3.])
>>> h = (w * 2).detach()  # instead of .data: detach() keeps autograd's version checks
>>> h.requires_grad, h.is_leaf
(False, True)
"""
