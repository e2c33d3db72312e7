"""With a float step, rounding decides how many values you get; let linspace count the points.

>>> import math
>>> import torch
>>> len(torch.arange(0, 1, 0.1))  # 10 values: here rounding happens to work out #zh: 10 个值：这次舍入恰好没出问题
10
>>> torch.arange(1, 1.3, 0.1)  # but here 1.3 sneaks in #zh: 但这里 1.3 混了进来
tensor([1.0000, 1.1000, 1.2000, 1.3000])
>>> (1.3 - 1) / 0.1  # the count is the ceiling of this #zh: 个数是对它向上取整
3.0000000000000004
>>> math.ceil((1.3 - 1) / 0.1)
4
>>> torch.arange(1, 1.25, 0.1)  # stop half a step before the end #zh: 把终点提前半个步长
tensor([1.0000, 1.1000, 1.2000])
>>> torch.linspace(1, 1.2, 3)  # or give the number of points instead #zh: 或者直接给出点数
tensor([1.0000, 1.1000, 1.2000])
>>> torch.arange(0, 5, 0.5, dtype=torch.int64)  # an integer dtype with a fractional step: release-dependent #zh: 整数 dtype 配小数步长：结果因版本而异
tensor([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
>>> torch.arange(0.7, 5, 1.5, dtype=torch.int64), torch.arange(0, 2.5, 1, dtype=torch.int64)  # which arguments are cut before counting: release-dependent #zh: 计数前截断哪些参数：因版本而异
(tensor([0, 1, 2]), tensor([0, 1, 2]))
"""
