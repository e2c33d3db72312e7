"""Today tensors carry requires_grad, grad and grad_fn themselves; no wrapper is needed.

>>> import warnings
>>> import torch
>>> from torch.autograd import Variable
>>> w = torch.ones(2, requires_grad=True)  # was Variable(torch.ones(2), requires_grad=True) #zh: 以前写作 Variable(torch.ones(2), requires_grad=True)
>>> loss = (w * 3).sum()
>>> loss.backward()
>>> w.grad
tensor([3., 3.])
>>> t = torch.ones(2)
>>> t.requires_grad_().requires_grad  # turn it on for an existing tensor #zh: 给已有的张量打开梯度记录
True
>>> with torch.no_grad():  # was Variable(x, volatile=True) #zh: 以前写作 Variable(x, volatile=True)
...     frozen = w * 3
>>> frozen.requires_grad
False
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = Variable(torch.ones(2), volatile=True)
>>> print(caught[0].message)
volatile was removed and now has no effect. Use `with torch.no_grad():` instead.
"""
