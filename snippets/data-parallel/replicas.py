"""What DataParallel computes with several devices: chunks, one replica each, outputs concatenated.

>>> import torch
>>> from torch import nn
>>> from torchnotes.distributed import data_parallel_apply
>>> _ = torch.manual_seed(0)
>>> x = torch.randn(5, 3)
>>> [len(chunk) for chunk in x.chunk(4)]  # 5 rows on 4 devices: 3 replicas work #zh: 5 行分给 4 个设备：只有 3 个副本在工作
[2, 2, 1]
>>> [len(chunk) for chunk in x[:3].chunk(4)]  # fewer rows than devices: one row each #zh: 行数少于设备数：每个副本一行
[1, 1, 1]
>>> layer = nn.Linear(3, 2)
>>> torch.allclose(data_parallel_apply(layer, x, num_replicas=4), layer(x))  # rows are independent #zh: 各行互不影响
True
"""
