"""Why float16 needs a loss scale: small gradients underflow to 0; bfloat16 keeps them.

>>> import torch
>>> torch.finfo(torch.float16).tiny, torch.finfo(torch.float16).max
(6.103515625e-05, 65504.0)
>>> torch.finfo(torch.bfloat16).tiny, torch.finfo(torch.bfloat16).max
(1.1754943508222875e-38, 3.3895313892515355e+38)
>>> torch.finfo(torch.float32).tiny  # bfloat16's smallest normal number is float32's #zh: bfloat16 的最小正规数与 float32 相同
1.1754943508222875e-38
>>> torch.nextafter(torch.tensor(0.0).half(), torch.tensor(1.0).half())  # the smallest float16 above 0 (a subnormal) #zh: float16 能表示的最小正数（次正规数）
tensor(5.9605e-08, dtype=torch.float16)
>>> torch.tensor(2.0**-24).half().item()  # it is 2**-24 #zh: 它就是 2**-24
5.960464477539063e-08
>>> torch.tensor(1e-8).half()  # smaller still: becomes 0 #zh: 比它还小：变成 0
tensor(0., dtype=torch.float16)
>>> torch.tensor(1e-8 * 65536).half()  # scaled by 2**16 first, it survives #zh: 先乘以 2**16，就保留下来了
tensor(0.0007, dtype=torch.float16)
>>> torch.tensor(1e-8).bfloat16()  # bfloat16 has float32's exponent range #zh: bfloat16 的指数范围与 float32 相同
tensor(1.0012e-08, dtype=torch.bfloat16)
>>> torch.tensor(70000.0).half()  # too large a scale overflows instead #zh: 缩放过大则会上溢
tensor(inf, dtype=torch.float16)
"""
