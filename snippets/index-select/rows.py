"""index_select takes whole slices; the result keeps every dimension.

>>> import torch
>>> x = torch.arange(12).reshape(3, 4)
>>> torch.index_select(x, 0, torch.tensor([2, 0]))  # rows 2 and 0 #zh: 第 2 行和第 0 行
tensor([[ 8,  9, 10, 11],
        [ 0,  1,  2,  3]])
>>> torch.index_select(x, 1, torch.tensor([1, 1, 3]))  # columns may repeat #zh: 列可以重复
tensor([[ 1,  1,  3],
        [ 5,  5,  7],
        [ 9,  9, 11]])
>>> x[[2, 0]]  # the same rows with advanced indexing #zh: 用高级索引取同样的两行
tensor([[ 8,  9, 10, 11],
        [ 0,  1,  2,  3]])
>>> torch.index_select(x, 0, torch.tensor(1)).shape  # a 0-d index counts as k = 1 #zh: 零维索引当作 k = 1
torch.Size([1, 4])
>>> torch.index_select(x, 0, torch.tensor([[2, 0]]))  # index must be 1-d #zh: index 必须是一维的
Traceback (most recent call last):
    ...
IndexError: index_select(): Index is supposed to be a vector
"""
