"""Division by zero: floats give inf or nan; integer true division too; integer // and rounding modes raise on the CPU.

>>> import torch
>>> torch.tensor([1.0, -1.0, 0.0]) / 0  # floats: inf, -inf, nan #zh: 浮点数：inf、-inf、nan
tensor([inf, -inf, nan])
>>> torch.tensor([1, -1]) / 0  # integers are divided as floats #zh: 整数先按浮点数相除
tensor([inf, -inf])
>>> torch.tensor([1]) // 0  # integer floor division: an error #zh: 整数的向下取整除法：报错
Traceback (most recent call last):
    ...
RuntimeError: ZeroDivisionError
>>> torch.div(torch.tensor([1]), 0, rounding_mode="trunc")
Traceback (most recent call last):
    ...
RuntimeError: ZeroDivisionError
>>> torch.div(torch.tensor([1]), 0, rounding_mode="floor")
Traceback (most recent call last):
    ...
RuntimeError: ZeroDivisionError
>>> x = torch.tensor([1.0])
>>> torch.floor(x / 0.1), x // 0.1  # 0.1 is stored a little above 1/10 #zh: 0.1 实际存储的值略大于十分之一
(tensor([10.]), tensor([9.]))
"""
