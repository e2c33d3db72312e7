"""pin_memory=True copies batches into page-locked memory only when an accelerator exists; without one it warns.

>>> import warnings
>>> import torch
>>> from torch.utils.data import DataLoader
>>> torch.accelerator.is_available()
False
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     batch = next(iter(DataLoader(torch.arange(4), batch_size=2, pin_memory=True)))
>>> print(caught[0].message)
'pin_memory' argument is set as true but no accelerator is found, then device pinned memory won't be used.
>>> batch.is_pinned()
False
"""
REQUIRES = "no-cuda"
