"""Where exp overflows to inf and underflows to 0, per dtype; a round trip through log does not come back.

>>> import torch
>>> torch.exp(torch.tensor([11.08, 11.1], dtype=torch.float16))  # float16: inf above about 11.09 #zh: float16：超过约 11.09 就是 inf
tensor([64736.,    inf], dtype=torch.float16)
>>> torch.exp(torch.tensor([88.72, 88.73]))  # float32: above about 88.72 #zh: float32：超过约 88.72
tensor([3.3932e+38,        inf])
>>> torch.exp(torch.tensor([709.78, 709.79], dtype=torch.float64))  # float64: above about 709.78 #zh: float64：超过约 709.78
tensor([1.7928e+308,         inf], dtype=torch.float64)
>>> torch.exp(torch.tensor([-17.3, -17.4], dtype=torch.float16))  # float16: 0 below about -17.33 #zh: float16：低于约 -17.33 就是 0
tensor([5.9605e-08, 0.0000e+00], dtype=torch.float16)
>>> torch.exp(torch.tensor([-103.9, -104.0]))  # float32: 0 below about -103.97 #zh: float32：低于约 -103.97
tensor([1.4013e-45, 0.0000e+00])
>>> torch.exp(torch.tensor([-745.1, -745.2], dtype=torch.float64))  # float64: 0 below about -745.13 #zh: float64：低于约 -745.13
tensor([4.9407e-324,  0.0000e+00], dtype=torch.float64)
>>> torch.log(torch.exp(torch.tensor([-110.0, 100.0])))  # x does not come back #zh: 回不到原来的 x
tensor([-inf, inf])
"""
