"""On CUDA, integer division by zero raises nothing: the results are arbitrary numbers.

>>> import torch
>>> a = torch.tensor([1, -7, 0], device="cuda")
>>> a // 0  # no error on CUDA #zh: CUDA 上不报错
>>> torch.div(a, 0, rounding_mode="trunc")
>>> a / 0  # true division is well defined: inf, -inf, nan #zh: 真除法有明确结果：inf、-inf、nan
"""
REQUIRES = "cuda"
