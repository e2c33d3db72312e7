"""The same out-of-range class index on CUDA, where the check runs inside an asynchronous kernel.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.zeros(2, 3, device="cuda")
>>> loss = F.cross_entropy(logits, torch.tensor([0, 3], device="cuda"))
>>> loss.item()  # read the loss back to the CPU #zh: 把损失读回 CPU
"""
REQUIRES = "cuda"
