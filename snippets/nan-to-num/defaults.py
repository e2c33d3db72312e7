"""By default NaN becomes 0 and +-inf become the dtype's largest finite values.

>>> import torch
>>> x = torch.tensor([float("nan"), float("inf"), -float("inf"), 2.0])
>>> torch.nan_to_num(x)
tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  2.0000e+00])
>>> torch.finfo(torch.float32).max  # where 3.4028e+38 comes from
3.4028234663852886e+38
>>> torch.nan_to_num(x.half())  # float16 only reaches 65504
tensor([ 0.0000e+00,  6.5504e+04, -6.5504e+04,  2.0000e+00],
       dtype=torch.float16)
>>> torch.nan_to_num(x, nan=0.0, posinf=1e4, neginf=-1e4)  # bounds that mean something
tensor([ 0.0000e+00,  1.0000e+04, -1.0000e+04,  2.0000e+00])
>>> torch.nan_to_num(torch.tensor([1, 2]))  # integers hold no NaN: unchanged
tensor([1, 2])
>>> from torchnotes.math import nan_to_num
>>> torch.equal(nan_to_num(x), torch.nan_to_num(x))
True
"""
