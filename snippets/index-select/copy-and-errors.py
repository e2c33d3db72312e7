"""The result is a copy; int32 ids work, int16 ids and ids out of range raise.

>>> import torch
>>> x = torch.arange(6).reshape(2, 3)
>>> rows = torch.index_select(x, 0, torch.tensor([0], dtype=torch.int32))  # int32 works #zh: int32 可以用
>>> rows[0, 0] = 100  # writing to the result ... #zh: 修改结果……
>>> x[0, 0].item()  # ... leaves x alone: a copy, not a view #zh: ……不影响 x：它是副本，不是视图
0
>>> torch.index_select(x, 0, torch.tensor([0], dtype=torch.int16))
Traceback (most recent call last):
    ...
RuntimeError: index_select(): Expected dtype int32 or int64 for index
>>> torch.index_select(x, 0, torch.tensor([2]))  # no clipping as with slices #zh: 不会像切片那样自动截断
Traceback (most recent call last):
    ...
IndexError: index out of range in self
>>> x[0:5].shape  # a slice past the end is clipped #zh: 切片越过末尾会被截断
torch.Size([2, 3])
"""
