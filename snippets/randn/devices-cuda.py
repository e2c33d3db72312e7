"""CPU and CUDA generators seeded alike are not guaranteed to produce the same numbers.

>>> import torch
>>> cpu = torch.randn(3, generator=torch.Generator().manual_seed(0))
>>> gpu = torch.randn(3, device="cuda", generator=torch.Generator(device="cuda").manual_seed(0))
>>> cpu
>>> gpu
>>> torch.equal(cpu, gpu.cpu())
"""
REQUIRES = "cuda"
