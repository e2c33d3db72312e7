"""NumPy divides by N (ddof=0), torch by N - 1 (correction=1): same data, different numbers.

>>> import numpy as np
>>> import torch
>>> data = [1.0, 2.0, 3.0, 4.0]
>>> t = torch.tensor(data, dtype=torch.float64)
>>> float(np.var(data)), t.var().item()  # the defaults disagree
(1.25, 1.6666666666666667)
>>> float(np.std(data)), t.std().item()
(1.118033988749895, 1.2909944487358056)
>>> float(np.var(data)), t.var(correction=0).item()  # say which one you mean
(1.25, 1.25)
>>> float(np.var(data, ddof=1)), t.var(correction=1).item()
(1.6666666666666667, 1.6666666666666667)
"""
