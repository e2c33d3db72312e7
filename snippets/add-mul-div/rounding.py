"""Dividing integer tensors gives floats; rounding_mode picks "trunc" (toward 0) or "floor" (like //).

>>> import torch
>>> a = torch.tensor([7, -7])
>>> a / 2  # true division, even for ints #zh: 真除法，整数也一样
tensor([ 3.5000, -3.5000])
>>> torch.div(a, 2, rounding_mode="trunc")  # toward zero, like C #zh: 向零取整，与 C 语言一致
tensor([ 3, -3])
>>> torch.div(a, 2, rounding_mode="floor")  # toward minus infinity #zh: 向负无穷取整
tensor([ 3, -4])
>>> a // 2  # Python's //: floor #zh: Python 的 //：向下取整
tensor([ 3, -4])
>>> n, d = torch.tensor([7, -7, -8, 7]), torch.tensor([2, -2, 2, -2])
>>> torch.div(n, d, rounding_mode="trunc"), torch.div(n, d, rounding_mode="floor")  # differ only at 7 / -2 #zh: 只在 7 / -2 处不同
(tensor([ 3,  3, -4, -3]), tensor([ 3,  3, -4, -4]))
"""
