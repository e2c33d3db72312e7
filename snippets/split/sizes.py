"""split by a piece size (last piece may be shorter) or by a list of sizes.

>>> import torch
>>> x = torch.arange(10)
>>> torch.split(x, 4)  # pieces of 4, 4 and the remaining 2 #zh: 长度为 4、4 的块，再加剩下的 2
(tensor([0, 1, 2, 3]), tensor([4, 5, 6, 7]), tensor([8, 9]))
>>> torch.split(x, [3, 7])  # exact sizes; they must add up to 10 #zh: 确切长度，总和必须是 10
(tensor([0, 1, 2]), tensor([3, 4, 5, 6, 7, 8, 9]))
>>> for s in (5, 20, [3, 0, 7]):
...     print(s, [len(t) for t in torch.split(x, s)])
5 [5, 5]
20 [10]
[3, 0, 7] [3, 0, 7]
>>> torch.split(x, [3, 3])
Traceback (most recent call last):
    ...
RuntimeError: split_with_sizes expects split_sizes to sum exactly to 10 (input tensor's size at dimension 0), but got split_sizes=[3, 3]
>>> torch.split(x, [11, -1])  # no negative lengths #zh: 不允许负数长度
Traceback (most recent call last):
    ...
RuntimeError: split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=[11, -1]
"""
