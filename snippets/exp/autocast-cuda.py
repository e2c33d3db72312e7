"""On CUDA, autocast runs exp in float32, even for a float16 input, while it casts matmul to float16.

>>> import torch
>>> x = torch.tensor([12.0], device="cuda")
>>> m = torch.ones(2, 2, device="cuda")
>>> with torch.autocast("cuda", dtype=torch.float16):
...     y, y_half, p = torch.exp(x), torch.exp(x.half()), m @ m
>>> y.dtype, y_half.dtype, p.dtype
>>> y_half  # no overflow: computed in float32 #zh: 没有溢出：在 float32 中计算
>>> torch.exp(x.half())  # outside autocast, float16 overflows #zh: 在 autocast 之外，float16 溢出
"""
REQUIRES = "cuda"
