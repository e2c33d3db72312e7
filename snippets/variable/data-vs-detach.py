"""Prefer detach() to .data: autograd notices an in-place change made through detach(), not through .data.

>>> import torch
>>> a = torch.tensor([0.0, 1.0], requires_grad=True)
>>> y = a.sigmoid()  # backward needs y itself: sigmoid'(a) = y * (1 - y)
>>> _ = y.detach().zero_()  # shares memory and the version counter with y
>>> try:
...     y.sum().backward()
... except RuntimeError as error:
...     print(str(error).split(":")[0])
one of the variables needed for gradient computation has been modified by an inplace operation
>>> y = a.sigmoid()
>>> _ = y.data.zero_()  # the same change through .data goes unnoticed
>>> y.sum().backward()
>>> a.grad  # silently wrong: should be [0.2500, 0.1966]
tensor([0., 0.])
>>> from torchnotes.tensors import as_leaf
>>> leaf = as_leaf(a * 2)  # what Variable(t, requires_grad=True) meant: a fresh leaf
>>> leaf.is_leaf, leaf.requires_grad, leaf.grad_fn
(True, True, None)
"""
