"""Subtracting the maximum first: the plain formula overflows at x=1000, the shifted one does not.

>>> import torch
>>> x = torch.tensor([1000.0, 999.0, 998.0])
>>> torch.exp(torch.tensor([88.7, 88.8]))  # float32's exp overflows just above 88.7 #zh: float32 的 exp 略超过 88.7 就溢出
tensor([3.3260e+38,        inf])
>>> torch.exp(x)
tensor([inf, inf, inf])
>>> torch.exp(x) / torch.exp(x).sum()  # the plain formula: inf / inf #zh: 直接按公式算：inf / inf
tensor([nan, nan, nan])
>>> shifted = x - x.max()  # every exponent is now <= 0 #zh: 所有指数都变成 <= 0
>>> torch.exp(shifted) / torch.exp(shifted).sum()
tensor([0.6652, 0.2447, 0.0900])
>>> torch.softmax(x, dim=0)  # torch's softmax gives the shifted result #zh: torch 的 softmax 给出与平移后相同的结果
tensor([0.6652, 0.2447, 0.0900])
>>> inf = float("inf")
>>> torch.softmax(torch.tensor([[-inf, -inf], [inf, 0.0]]), dim=1)  # a row of -inf, or one holding +inf: NaN #zh: 全为 -inf 的一行，或含 +inf 的一行：得到 NaN
tensor([[nan, nan],
        [nan, nan]])
>>> torch.softmax(x - 998.0, dim=0)  # subtracting a constant gives the same probabilities #zh: 减去一个常数，概率不变
tensor([0.6652, 0.2447, 0.0900])
"""
