"""A torch.device only names a place; .to(device) is what moves data.

>>> import torch
>>> from torchnotes.tensors import describe
>>> d = torch.device("cuda:1")  # fine without a GPU: it is only a description
>>> d.type, d.index
('cuda', 1)
>>> torch.device("cpu") == torch.device("cpu", index=None)
True
>>> x = torch.zeros(2, 3)
>>> x.device
device(type='cpu')
>>> y = x.to(torch.device("cpu"))  # already there: no copy, the same tensor
>>> y is x
True
>>> describe(x.t())
'shape=(3, 2) dtype=float32 device=cpu stride=(1, 3) contiguous=False requires_grad=False'
"""
