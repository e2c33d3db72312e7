"""shuffle=True reorders whole windows; the tokens inside a window keep their order.

>>> import torch
>>> from torch.utils.data import DataLoader
>>> from torchnotes.data import TextDataset
>>> ds = TextDataset(torch.arange(13), seq_len=3)
>>> [x.tolist() for x, y in ds]
[[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]
>>> loader = DataLoader(ds, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
>>> x, y = next(iter(loader))
>>> x  # the same windows, in another order #zh: 同样的窗口，顺序不同
tensor([[ 3,  4,  5],
        [ 0,  1,  2],
        [ 9, 10, 11],
        [ 6,  7,  8]])
"""
