"""How peaked softmax is depends on the gaps between scores, not on softmax itself.

>>> import torch
>>> scores = torch.tensor([1.0, 2.0, 3.0])
>>> torch.softmax(scores, dim=0)
tensor([0.0900, 0.2447, 0.6652])
>>> torch.softmax(scores / 10, dim=0)  # small gaps: nearly uniform #zh: 差距小：接近均匀分布
tensor([0.3006, 0.3322, 0.3672])
>>> torch.softmax(scores * 10, dim=0)  # large gaps: nearly one-hot #zh: 差距大：接近独热（one-hot）
tensor([2.0611e-09, 4.5398e-05, 9.9995e-01])
>>> torch.softmax(scores + 100, dim=0)  # a common offset gives the same probabilities #zh: 统一加一个偏移，概率不变
tensor([0.0900, 0.2447, 0.6652])
"""
