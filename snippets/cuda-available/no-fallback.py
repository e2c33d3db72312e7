"""Code that names "cuda" does not fall back to the CPU: without a GPU, torch refuses it.

>>> import torch
>>> from torchnotes.devices import pick_device
>>> def create_on(device):
...     try:
...         return torch.zeros(2, device=device).device
...     except (RuntimeError, AssertionError) as error:  # the type depends on how torch was built #zh: 具体类型取决于 torch 的构建方式
...         return type(error).__name__
>>> built_with_cuda = torch.version.cuda is not None
>>> create_on("cuda") == ("RuntimeError" if built_with_cuda else "AssertionError")  # CUDA build without a GPU, or CPU-only build #zh: 带 CUDA 的构建但没有 GPU，或只有 CPU 的构建
True
>>> try:
...     torch.nn.Linear(3, 1).cuda()  # a scattered .cuda() fails the same way #zh: 零散的 .cuda() 调用同样会失败
... except (RuntimeError, AssertionError):
...     print(".cuda() refused")
.cuda() refused
>>> create_on(pick_device())
device(type='cpu')
>>> pick_device("cuda")  # CUDA alone: raises instead of falling back #zh: 只要 CUDA：报错而不是退回 CPU
Traceback (most recent call last):
    ...
ValueError: pick_device(): none of ('cuda',) is available (cpu always is)
>>> torch.device("cuda")  # naming a device checks nothing #zh: 只是给设备起名字，什么也不检查
device(type='cuda')
"""
REQUIRES = "no-cuda"
