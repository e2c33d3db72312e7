"""On CUDA, torch.manual_seed seeds every GPU's generator too.

>>> import torch
>>> _ = torch.manual_seed(1234)
>>> torch.cuda.initial_seed()  # the GPU generator got the same seed #zh: GPU 生成器得到了同一个种子
>>> a = torch.rand(3, device="cuda")
>>> _ = torch.manual_seed(1234)
>>> torch.equal(a, torch.rand(3, device="cuda"))
"""
REQUIRES = "cuda"
