"""Code that names "cuda" does not fall back to the CPU: without a GPU, torch refuses it.

>>> import torch
>>> from torchnotes.devices import pick_device
>>> def create_on(device):
...     try:
...         return torch.zeros(2, device=device).device
...     except (RuntimeError, AssertionError):  # the type depends on how torch was built #zh: 具体类型取决于 torch 的构建方式
...         return "refused"
>>> create_on("cuda")
'refused'
>>> create_on(pick_device())
device(type='cpu')
>>> torch.device("cuda")  # naming a device checks nothing #zh: 只是给设备起名字，什么也不检查
device(type='cuda')
"""
