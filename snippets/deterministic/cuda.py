"""On CUDA: put_ with accumulate=True refuses, index_add_ switches to a deterministic kernel; a cuBLAS matmul without CUBLAS_WORKSPACE_CONFIG.

>>> import os
>>> import torch
>>> from torchnotes.random import deterministic_mode
>>> os.environ.get("CUBLAS_WORKSPACE_CONFIG")  # not set #zh: 没有设置
>>> torch.use_deterministic_algorithms(True)
>>> a = torch.ones(64, 64, device="cuda")
>>> (a @ a)[0, 0].item()  # a cuBLAS matmul without CUBLAS_WORKSPACE_CONFIG #zh: 不设 CUBLAS_WORKSPACE_CONFIG 的 cuBLAS 矩阵乘法
>>> torch.use_deterministic_algorithms(False)
>>> x = torch.zeros(4, device="cuda")
>>> index = torch.tensor([0, 0], device="cuda")
>>> ones = torch.ones(2, device="cuda")
>>> torch.backends.cudnn.deterministic = True  # cuDNN only #zh: 只管 cuDNN
>>> x.put_(index, ones, accumulate=True)  # runs: put_ is not a cuDNN op #zh: 能运行：put_ 不是 cuDNN 算子
>>> torch.backends.cudnn.deterministic = False
>>> with deterministic_mode():  # no deterministic CUDA kernel for it #zh: 它在 CUDA 上没有确定性实现
...     x.put_(index, ones, accumulate=True)
>>> values = torch.rand(100_000, device="cuda", generator=torch.Generator(device="cuda").manual_seed(0))
>>> bins = torch.zeros(100_000, dtype=torch.long, device="cuda")
>>> with deterministic_mode():  # index_add_ switches to a deterministic kernel #zh: index_add_ 换用确定性实现
...     sums = [torch.zeros(1, device="cuda").index_add_(0, bins, values) for _ in range(5)]
>>> all(torch.equal(s, sums[0]) for s in sums)
"""
REQUIRES = "cuda"
