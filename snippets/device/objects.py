"""A torch.device only names a place: a type and an optional index. Creating one needs no GPU.

>>> import torch
>>> from torch import nn
>>> d = torch.device("cuda:1")  # fine on a machine without any GPU #zh: 在没有 GPU 的机器上也没问题
>>> d.type, d.index, str(d)
('cuda', 1, 'cuda:1')
>>> torch.device("cuda", 1) == d
True
>>> torch.device("cpu").index is None
True
>>> device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
>>> device.type in ("cuda", "cpu")  # which of the two depends on the machine #zh: 是哪一个取决于机器
True
>>> x = torch.zeros(2, 3).to(device)  # or create it there: torch.zeros(2, 3, device=device) #zh: 或者直接在那里创建：torch.zeros(2, 3, device=device)
>>> x.device.type == device.type, x.is_cuda == (device.type == "cuda")
(True, True)
>>> x.to(x.device) is x  # already there: no copy, the same tensor #zh: 已经在目标设备上：不复制，还是同一个张量
True
>>> model = nn.Linear(2, 2)
>>> next(model.parameters()).device  # where a model lives: ask a parameter #zh: 模型在哪里：问它的参数
device(type='cpu')
"""
