"""log(0) is -inf, log of a negative is nan; xlogy and log1p handle the usual traps.

>>> import torch
>>> torch.log(torch.tensor([1.0, torch.e, 0.0, -1.0, float("inf")]))  # no error for 0, negatives or inf #zh: 0、负数、inf 都不报错
tensor([0., 1., -inf, nan, inf])
>>> p = torch.tensor([0.5, 0.5, 0.0])
>>> -(p * torch.log(p)).sum()  # 0 * -inf = nan poisons the entropy #zh: 0 * -inf = nan 污染了熵
tensor(nan)
>>> -torch.xlogy(p, p).sum()  # xlogy defines 0 * log(0) = 0 #zh: xlogy 规定 0 * log(0) = 0
tensor(0.6931)
>>> torch.special.entr(p)  # -p * log(p) directly #zh: 直接给出 -p * log(p)
tensor([0.3466, 0.3466, 0.0000])
>>> x = torch.tensor([1e-8])
>>> torch.log(1 + x), torch.log1p(x)  # 1 + 1e-8 rounds to 1 in float32 #zh: float32 中 1 + 1e-8 舍入成 1
(tensor([0.]), tensor([1.0000e-08]))
"""
