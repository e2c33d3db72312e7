"""In float32 sigmoid reaches exactly 1.0 at x = 17 and exactly 0.0 far left; logsigmoid stays finite.

>>> import torch
>>> import torch.nn.functional as F
>>> torch.sigmoid(torch.tensor([16.0, 17.0])).tolist()  # 1.0 exactly from 17 on #zh: 从 17 起恰好是 1.0
[0.9999998807907104, 1.0]
>>> p = torch.sigmoid(torch.tensor([-110.0, 110.0]))
>>> p.tolist()  # not strictly inside (0, 1) #zh: 并不严格落在 (0, 1) 之内
[0.0, 1.0]
>>> torch.log(p)
tensor([-inf, 0.])
>>> F.logsigmoid(torch.tensor([-110.0, 110.0]))  # log(sigmoid(x)) computed without the rounding #zh: 不经舍入直接计算 log(sigmoid(x))
tensor([-110.,    0.])
"""
