"""size may be any sequence of ints; dtype may be float16, bfloat16, float32, float64 or complex; on the CPU float8 and integer types raise.

>>> import torch
>>> g = torch.Generator().manual_seed(0)
>>> torch.randn([2], generator=g).shape, torch.randn(torch.Size([2, 1]), generator=g).shape
(torch.Size([2]), torch.Size([2, 1]))
>>> torch.randn(3, dtype=torch.float64, generator=g)
tensor([-1.0845, -1.3986,  0.4033], dtype=torch.float64)
>>> z = torch.randn(100_000, dtype=torch.complex64, generator=g)  # complex: real and imaginary parts each get variance 1/2 #zh: 复数：实部和虚部的方差各为 1/2
>>> z[:2]
tensor([-0.9565-1.1992j,  0.4007+0.5611j])
>>> f"{z.real.var().item():.3f} {z.imag.var().item():.3f} {z.abs().pow(2).mean().item():.3f}"
'0.498 0.503 1.000'
>>> [torch.randn(2, dtype=d, generator=g).dtype for d in (torch.float16, torch.bfloat16)]
[torch.float16, torch.bfloat16]
>>> torch.randn(3, dtype=torch.float8_e4m3fn)  # float8 types are not filled #zh: float8 类型不支持
Traceback (most recent call last):
    ...
NotImplementedError: "normal_kernel_cpu" not implemented for 'Float8_e4m3fn'
>>> torch.randn(3, dtype=torch.int64)  # integers come from randint #zh: 整数要用 randint
Traceback (most recent call last):
    ...
NotImplementedError: "normal_kernel_cpu" not implemented for 'Long'
>>> u = torch.rand(100_000, generator=g)  # uniform floats come from rand, in [0, 1) #zh: 均匀分布的浮点数用 rand，取值在 [0, 1)
>>> bool(u.min() >= 0), bool(u.max() < 1), f"{u.mean().item():.3f}"
(True, True, '0.499')
"""
