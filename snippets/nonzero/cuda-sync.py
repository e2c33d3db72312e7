"""On CUDA, nonzero waits for the GPU: the CPU must learn how many elements it found.

>>> import torch
>>> x = torch.tensor([0, 3, 0, 5], device="cuda")
>>> torch.cuda.set_sync_debug_mode("error")  # make every GPU-to-CPU synchronisation raise #zh: 让每次 GPU 到 CPU 的同步都报错
>>> torch.nonzero(x)
>>> torch.cuda.set_sync_debug_mode("default")
>>> torch.nonzero(x)
"""
REQUIRES = "cuda"
