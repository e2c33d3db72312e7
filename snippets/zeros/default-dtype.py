"""zeros is float32 on the CPU unless told otherwise; only floating-point zeros can track gradients.

>>> import torch
>>> z = torch.zeros(3)
>>> z.dtype, z.device
(torch.float32, device(type='cpu'))
>>> torch.get_default_dtype()  # where float32 comes from #zh: float32 就来自这里
torch.float32
>>> torch.zeros(3, dtype=torch.long)
tensor([0, 0, 0])
>>> torch.zeros(2, dtype=torch.long, requires_grad=True)  # only float/complex tensors track gradients #zh: 只有浮点和复数张量才能记录梯度
Traceback (most recent call last):
    ...
RuntimeError: Only Tensors of floating point and complex dtype can require gradients
"""
