"""How arange counts and computes: an exact integer count for int64, and start + i * step, not a running sum.

>>> import math
>>> import torch
>>> len(torch.arange(0, 2**60, 2**59 - 1))  # ints: counted exactly #zh: 整数：精确计数
3
>>> math.ceil(2**60 / (2**59 - 1))  # the same count in float64 rounds to 2.0 first #zh: 同样的个数用 float64 算，商先被舍入成 2.0
2
>>> torch.arange(0, 1, 0.1, dtype=torch.float64)[8].item()  # the value at i = 8 #zh: i = 8 处的值
0.8
>>> sum([0.1] * 8)  # adding the step 8 times drifts #zh: 把步长累加 8 次会产生偏差
0.7999999999999999
"""
