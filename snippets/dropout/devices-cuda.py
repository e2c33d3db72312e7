"""Dropout on a CUDA tensor and on a CPU tensor after the same seed: the two masks compared.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> cpu = F.dropout(torch.ones(8), p=0.5)
>>> _ = torch.manual_seed(0)
>>> gpu = F.dropout(torch.ones(8, device="cuda"), p=0.5)
>>> cpu
>>> gpu
>>> torch.equal(cpu, gpu.cpu())
"""
REQUIRES = "cuda"
