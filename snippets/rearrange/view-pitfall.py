"""Swapping axes needs permute; a reshape to the swapped shape silently scrambles the data.

>>> import torch
>>> from einops import rearrange
>>> x = torch.tensor([[1, 2, 3],
...                   [4, 5, 6]])
>>> rearrange(x, "h w -> w h")  # a real transpose #zh: 真正的转置
tensor([[1, 4],
        [2, 5],
        [3, 6]])
>>> x.reshape(3, 2)  # same shape, wrong order, no error #zh: 形状相同，顺序错了，也不报错
tensor([[1, 2],
        [3, 4],
        [5, 6]])
>>> x.t().is_contiguous()  # permute/transpose return non-contiguous views #zh: permute/transpose 返回不连续的视图
False
>>> x.t().view(6)
Traceback (most recent call last):
    ...
RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
>>> x.t().reshape(6)  # reshape copies when it must #zh: 必要时 reshape 会复制
tensor([1, 4, 2, 5, 3, 6])
>>> x.t().reshape(6).data_ptr() == x.data_ptr(), x.reshape(6).data_ptr() == x.data_ptr()  # a copy here, a view where possible #zh: 这里是副本，能用视图时就是视图
(False, True)
>>> x.t().contiguous().view(6)
tensor([1, 4, 2, 5, 3, 6])
"""
