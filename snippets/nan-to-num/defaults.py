"""nan_to_num replaces inf by the largest finite value, which overflows again at the next step.

>>> import torch
>>> x = torch.tensor([float("nan"), float("inf"), -float("inf"), 2.0])
>>> torch.nan_to_num(x)
tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  2.0000e+00])
>>> torch.nan_to_num(x) * 2  # the "repaired" values overflow back to inf
tensor([0., inf, -inf, 4.])
>>> torch.nan_to_num(x, nan=0.0, posinf=1e4, neginf=-1e4)  # pick meaningful bounds
tensor([ 0.0000e+00,  1.0000e+04, -1.0000e+04,  2.0000e+00])
>>> torch.isnan(x).any(), torch.isinf(x).sum()  # find out where they came from first
(tensor(True), tensor(2))
"""
