"""tensor.numpy() only works for a CPU tensor that does not require grad: detach and move it first.

>>> import torch
>>> w = torch.ones(2, requires_grad=True)
>>> w.numpy()
Traceback (most recent call last):
    ...
RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
>>> w.detach().numpy()
array([1., 1.], dtype=float32)
>>> torch.zeros(2, device="meta").numpy()  # any tensor outside the CPU memory is refused #zh: 不在 CPU 内存中的张量都会被拒绝
Traceback (most recent call last):
    ...
TypeError: can't convert meta device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory first.
>>> w.detach().cpu().numpy()  # the general spelling, for any device #zh: 通用写法，适用于任何设备
array([1., 1.], dtype=float32)
"""
