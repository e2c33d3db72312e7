"""NumPy divides by N (ddof=0), torch by N - 1 (correction=1); normalisation layers use N.

>>> import numpy as np
>>> import torch
>>> data = [1.0, 2.0, 3.0, 4.0]
>>> t = torch.tensor(data, dtype=torch.float64)
>>> float(np.var(data)), t.var().item()  # the defaults disagree #zh: 默认值不一致
(1.25, 1.6666666666666667)
>>> float(np.std(data)), t.std().item()
(1.118033988749895, 1.2909944487358056)
>>> float(np.var(data)), t.var(correction=0).item()  # say which one you mean #zh: 写明你要的是哪一个
(1.25, 1.25)
>>> float(np.var(data, ddof=1)), t.var(correction=1).item()
(1.6666666666666667, 1.6666666666666667)
>>> x = torch.tensor([[1.0, 2.0, 3.0, 4.0]])
>>> by_n = (x - x.mean()) / x.std(correction=0)
>>> ln = torch.nn.LayerNorm(4, elementwise_affine=False)
>>> torch.allclose(ln(x), by_n, atol=1e-4)  # LayerNorm divides by N #zh: LayerNorm 除以 N
True
>>> bn = torch.nn.BatchNorm1d(1, affine=False, momentum=1.0)
>>> torch.allclose(bn(x.T).T, by_n, atol=1e-4)  # BatchNorm normalises by N too... #zh: BatchNorm 归一化时也除以 N……
True
>>> bn.running_var, x.var(correction=1)  # ...but stores the N - 1 estimate #zh: ……但存下的是除以 N - 1 的估计
(tensor([1.6667]), tensor(1.6667))
"""
