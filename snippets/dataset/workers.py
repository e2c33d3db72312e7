"""Each worker gets its own copy of an IterableDataset: one that ignores get_worker_info() repeats itself.

>>> import torch
>>> from torch.utils.data import DataLoader, IterableDataset
>>> from torchnotes.data import RangeStream
>>> class Naive(IterableDataset):
...     def __iter__(self):
...         return iter(range(4))
>>> sorted(DataLoader(Naive(), batch_size=None, num_workers=2, multiprocessing_context="fork"))  # each number twice #zh: 每个数出现两次
[0, 0, 1, 1, 2, 2, 3, 3]
>>> sorted(DataLoader(RangeStream(0, 4), batch_size=None, num_workers=2, multiprocessing_context="fork"))
[0, 1, 2, 3]
"""
