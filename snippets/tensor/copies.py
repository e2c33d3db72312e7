"""torch.tensor always copies: later changes to the source, list or array, do not reach the tensor.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> data = [1.0, 2.0, 3.0]
>>> t = torch.tensor(data)
>>> data[0] = 100.0
>>> t
tensor([1., 2., 3.])
>>> arr = np.array([1.0, 2.0, 3.0])
>>> shares_memory(torch.tensor(arr), arr)
False
>>> # copying a tensor: detach from the graph first, then clone (torch.tensor(t) warns)
>>> w = torch.ones(2, requires_grad=True)
>>> c = w.detach().clone()
>>> shares_memory(c, w), c.requires_grad
(False, False)
"""
