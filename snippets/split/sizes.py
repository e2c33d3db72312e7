"""split by a piece size (last piece may be shorter) or by a list of sizes.

>>> import torch
>>> x = torch.arange(10)
>>> torch.split(x, 4)  # pieces of 4, 4 and the remaining 2
(tensor([0, 1, 2, 3]), tensor([4, 5, 6, 7]), tensor([8, 9]))
>>> torch.split(x, [3, 7])  # exact sizes; they must add up to 10
(tensor([0, 1, 2]), tensor([3, 4, 5, 6, 7, 8, 9]))
>>> parts = torch.split(x, 4)
>>> parts[0].data_ptr() == x.data_ptr()  # pieces are views, not copies
True
>>> torch.split(x, [3, 3])
Traceback (most recent call last):
    ...
RuntimeError: split_with_sizes expects split_sizes to sum exactly to 10 (input tensor's size at dimension 0), but got split_sizes=[3, 3]
"""
