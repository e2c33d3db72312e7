"""torch.tensor always copies: later changes to the source, list or array, do not reach the tensor.

>>> import warnings
>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> data = [1.0, 2.0, 3.0]
>>> t = torch.tensor(data)
>>> data[0] = 100.0
>>> t
tensor([1., 2., 3.])
>>> arr = np.array([1.0, 2.0, 3.0])
>>> shares_memory(torch.tensor(arr), arr), shares_memory(torch.as_tensor(arr), arr), shares_memory(torch.from_numpy(arr), arr)  # as_tensor and from_numpy reuse the array #zh: as_tensor 和 from_numpy 直接复用数组的内存
(False, True, True)
>>> w = torch.ones(2, requires_grad=True)
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = torch.tensor(w)  # a tensor passed to torch.tensor #zh: 把张量传给 torch.tensor
>>> print(caught[0].message)
To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).
>>> c = w.detach().clone()  # the idiom: detach from the graph first, then clone #zh: 惯用写法：先脱离计算图，再克隆
>>> shares_memory(c, w), c.requires_grad
(False, False)
"""
