"""zeros is float32 on the CPU unless told otherwise; only floating-point and complex zeros can track gradients.

>>> import torch
>>> z = torch.zeros(3)
>>> z.dtype, z.device
(torch.float32, device(type='cpu'))
>>> torch.get_default_dtype(), torch.get_default_device()  # where float32 and the CPU come from #zh: float32 和 CPU 就来自这里
(torch.float32, device(type='cpu'))
>>> torch.set_default_dtype(torch.float64)
>>> torch.zeros(3).dtype  # the default float dtype follows the setting #zh: 默认浮点类型随设置而变
torch.float64
>>> torch.set_default_dtype(torch.float32)
>>> torch.zeros(2, device="meta") + torch.zeros(2)  # a CPU tensor from zeros meets a tensor on another device #zh: zeros 建在 CPU 上，遇上另一设备上的张量
Traceback (most recent call last):
    ...
RuntimeError: Tensor on device cpu is not on the expected device meta!
>>> (torch.zeros(2, device="meta") + torch.zeros(())).device  # a 0-d CPU tensor is the exception: it mixes like a number #zh: 0 维的 CPU 张量是例外：它像普通数字一样参与运算
device(type='meta')
>>> torch.zeros(3, dtype=torch.long)
tensor([0, 0, 0])
>>> torch.zeros(2, dtype=torch.long, requires_grad=True)  # only float/complex tensors track gradients #zh: 只有浮点和复数张量才能记录梯度
Traceback (most recent call last):
    ...
RuntimeError: Only Tensors of floating point and complex dtype can require gradients
"""
