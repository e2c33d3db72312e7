"""Without dim, F.softmax guesses the dimension and warns; pass dim explicitly.

>>> import warnings
>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     guessed = F.softmax(x)
...     cube = F.softmax(torch.arange(8.0).reshape(2, 2, 2))
>>> print(caught[0].category.__name__, caught[0].message)
UserWarning Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.
>>> guessed.equal(F.softmax(x, dim=1))  # for a 2-d input it picked dim=1 #zh: 对二维输入它选了 dim=1
True
>>> cube.equal(F.softmax(torch.arange(8.0).reshape(2, 2, 2), dim=0))  # for a 3-d input, dim=0 #zh: 对三维输入则选 dim=0
True
"""
