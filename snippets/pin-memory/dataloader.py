"""The usual loop: pin_memory=True in the DataLoader, non_blocking=True when moving; without an accelerator it only warns.

>>> import warnings
>>> import torch
>>> from torch.utils.data import DataLoader, TensorDataset
>>> from torchnotes.devices import move_batch, pick_device
>>> device = pick_device()
>>> data = TensorDataset(torch.arange(8.0).reshape(4, 2), torch.tensor([0, 1, 0, 1]))
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     loader = DataLoader(data, batch_size=2, pin_memory=True)
...     x, y = next(iter(loader))
>>> print(caught[0].message)
'pin_memory' argument is set as true but no accelerator is found, then device pinned memory won't be used.
>>> x.is_pinned()  # nothing to pin for: an ordinary batch #zh: 没有可用的加速器：得到普通的批次
False
>>> x, y = move_batch([x, y], device, non_blocking=True)
>>> x.device, y.device
(device(type='cpu'), device(type='cpu'))
"""
REQUIRES = "no-cuda"
