"""A torch.device only names a place: a type and an optional index. Creating one needs no GPU.

>>> import torch
>>> d = torch.device("cuda:1")  # fine on a machine without any GPU
>>> d.type, d.index, str(d)
('cuda', 1, 'cuda:1')
>>> torch.device("cuda", 1) == d
True
>>> torch.device("cpu").index is None
True
>>> device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
>>> device.type in ("cuda", "cpu")  # which of the two depends on the machine
True
>>> x = torch.zeros(2, 3).to(device)  # or create it there: torch.zeros(2, 3, device=device)
>>> x.device.type == device.type
True
>>> x.to(x.device) is x  # already there: no copy, the same tensor
True
"""
