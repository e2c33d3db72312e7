"""On a CUDA machine, DataParallel spreads over every visible GPU and returns its output on cuda:0.

>>> import torch
>>> from torch import nn
>>> model = nn.Linear(3, 2).cuda()  # parameters must start on device_ids[0] #zh: 参数必须先放在 device_ids[0] 上
>>> parallel = nn.DataParallel(model)
>>> parallel.device_ids == list(range(torch.cuda.device_count()))
>>> out = parallel(torch.randn(4, 3))  # a CPU batch is scattered to the GPUs #zh: CPU 上的批次被分发到各 GPU
>>> out.device
"""
REQUIRES = "cuda"
