"""On CUDA, .numpy() refuses a GPU tensor: copy it to the CPU first.

>>> import torch
>>> g = torch.ones(2, device="cuda")
>>> g.numpy()
>>> g.cpu().numpy()
"""
REQUIRES = "cuda"
