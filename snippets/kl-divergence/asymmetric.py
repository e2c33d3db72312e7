"""KL divergence is not a distance: swapping the arguments changes it, and the triangle inequality fails.

>>> import torch
>>> import torch.nn.functional as F
>>> def kl(p, q):  # KL(p || q) #zh: 计算 KL(p || q)
...     return F.kl_div(q.log(), p, reduction="sum")
>>> a = torch.tensor([0.99, 0.01])
>>> b = torch.tensor([0.5, 0.5])
>>> c = torch.tensor([0.01, 0.99])
>>> kl(a, b), kl(b, a)  # not symmetric #zh: 不对称
(tensor(0.6371), tensor(1.6145))
>>> kl(a, c), kl(a, b) + kl(b, c)  # the direct route is longer than the detour #zh: 直达比绕路还远
(tensor(4.5032), tensor(2.2516))
>>> kl(a, a)  # 0 only for equal distributions #zh: 只有两个分布相同时才为 0
tensor(0.)
"""
