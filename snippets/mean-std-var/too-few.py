"""When N - correction <= 0, var is nan (no spread to divide) or inf, with a warning.

>>> import torch
>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     one = torch.tensor([1.0]).var()  # N = 1, correction = 1: 0 / 0 #zh: N = 1，correction = 1：即 0 / 0
...     two = torch.tensor([1.0, 3.0]).var(correction=2)  # 2 / 0 #zh: 即 2 / 0
>>> one, two
(tensor(nan), tensor(inf))
>>> str(caught[0].message).split(".")[0]
'var(): degrees of freedom is <= 0'
>>> caught[0].category.__name__
'UserWarning'
"""
