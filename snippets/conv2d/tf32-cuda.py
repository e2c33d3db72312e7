"""On CUDA, cuDNN may run float32 convolutions in TF32: the error with TF32 allowed, without it, and on the CPU.

>>> import torch
>>> import torch.nn.functional as F
>>> torch.backends.cudnn.allow_tf32  # the default #zh: 默认值
>>> g = torch.Generator(device="cuda").manual_seed(0)
>>> x = torch.randn(1, 64, 32, 32, device="cuda", generator=g)
>>> w = torch.randn(64, 64, 3, 3, device="cuda", generator=g)
>>> exact = F.conv2d(x.double(), w.double())
>>> print(f"{(F.conv2d(x, w) - exact).abs().max().item():.0e}")  # TF32 allowed #zh: 允许 TF32
>>> torch.backends.cudnn.allow_tf32 = False
>>> print(f"{(F.conv2d(x, w) - exact).abs().max().item():.0e}")  # full float32 #zh: 完整的 float32
>>> torch.backends.cudnn.allow_tf32 = True
>>> print(f"{(F.conv2d(x.cpu(), w.cpu()) - exact.cpu()).abs().max().item():.0e}")  # the CPU #zh: CPU 上
"""
REQUIRES = "cuda"
