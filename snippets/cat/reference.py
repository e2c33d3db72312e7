"""The reference cat gives torch.cat's result, on the inputs' device, and names the culprit.

>>> import torch
>>> from torchnotes.shape import cat
>>> parts = [torch.ones(2, 3), torch.empty(0), torch.arange(3).reshape(1, 3)]
>>> torch.equal(cat(parts), torch.cat(parts)), cat(parts).dtype
(True, torch.float32)
>>> cat([torch.ones(2, device="meta"), torch.ones(3, device="meta")])  # a meta tensor holds no data #zh: meta 张量不存数据
tensor(..., device='meta', size=(5,))
>>> a = torch.ones(2, 3)
>>> cat([a, torch.ones(2, 3), torch.ones(2, 4)])
Traceback (most recent call last):
    ...
ValueError: cat(): tensors[2] has size 4 in dimension 1, expected 3; only dim=0 may differ
"""
