"""linspace counts the second half back from end, so the last point is end exactly.

>>> import torch
>>> start, end, n = 0.3, 1.9, 5
>>> step = (torch.tensor(end) - torch.tensor(start)) / (n - 1)
>>> naive = torch.tensor(start) + torch.arange(n) * step  # every point counted from start
>>> (naive[-1] == torch.tensor(end)).item()  # step was rounded, and 4 * step misses end - start
False
>>> (torch.linspace(start, end, n)[-1] == torch.tensor(end)).item()
True
>>> torch.linspace(0, 10, steps=5, dtype=torch.int64)  # an integer dtype truncates 2.5, 7.5
tensor([ 0,  2,  5,  7, 10])
"""
