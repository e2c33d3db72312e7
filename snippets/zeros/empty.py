"""torch.empty skips the filling: its values are whatever the memory held, so write before you read.

>>> import torch
>>> torch.use_deterministic_algorithms(True)  # this mode fills new memory with NaN, to make reads visible #zh: 该模式把新分配的内存填成 NaN，读了就能看出来
>>> torch.empty(3)
tensor([nan, nan, nan])
>>> torch.use_deterministic_algorithms(False)
>>> torch.empty(3).fill_(0.0)  # empty plus a write: what zeros does in one call #zh: empty 加一次写入，就是 zeros 一步做完的事
tensor([0., 0., 0.])
"""
