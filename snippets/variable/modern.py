"""Today tensors carry requires_grad, grad and grad_fn themselves; no wrapper is needed.

>>> import torch
>>> w = torch.ones(2, requires_grad=True)  # was Variable(torch.ones(2), requires_grad=True)
>>> loss = (w * 3).sum()
>>> loss.backward()
>>> w.grad
tensor([3., 3.])
>>> with torch.no_grad():  # was Variable(x, volatile=True)
...     frozen = w * 3
>>> frozen.requires_grad
False
>>> import warnings
>>> from torch.autograd import Variable
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = Variable(torch.ones(2), volatile=True)
>>> print(caught[0].message)
volatile was removed and now has no effect. Use `with torch.no_grad():` instead.
"""
