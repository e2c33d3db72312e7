"""On CUDA, a factory call without device= creates a CPU tensor, which then clashes with CUDA tensors.

>>> import torch
>>> x = torch.ones(2, device="cuda")
>>> torch.zeros(2).device
>>> x + torch.zeros(2)
>>> torch.zeros_like(x).device, x.new_zeros(2).device, torch.zeros(2, device=x.device).device
"""
REQUIRES = "cuda"
