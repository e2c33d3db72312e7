"""In float32, softmax returns exactly 1.0 and exactly 0.0 once the scores are far enough apart.

>>> import torch
>>> torch.softmax(torch.tensor([0.0, 16.0]), dim=0).tolist()
[1.1253516163378663e-07, 0.9999998807907104]
>>> torch.softmax(torch.tensor([0.0, 17.0]), dim=0).tolist()  # 17 apart: the largest is exactly 1.0 #zh: 相差 17：最大的恰好是 1.0
[4.139937459513021e-08, 1.0]
>>> p = torch.softmax(torch.tensor([0.0, 110.0]), dim=0)
>>> p.tolist()  # 110 apart: exactly 0.0 and 1.0, not strictly inside (0, 1) #zh: 相差 110：恰好是 0.0 和 1.0，并不严格落在 (0, 1) 之内
[0.0, 1.0]
>>> torch.log(p)  # the log of that 0 is -inf #zh: 这个 0 取对数是 -inf
tensor([-inf, 0.])
"""
