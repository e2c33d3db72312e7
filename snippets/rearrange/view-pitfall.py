"""Swapping axes needs permute; a reshape to the swapped shape silently scrambles the data.

>>> import torch
>>> from einops import rearrange
>>> x = torch.tensor([[1, 2, 3],
...                   [4, 5, 6]])
>>> rearrange(x, "h w -> w h")  # a real transpose
tensor([[1, 4],
        [2, 5],
        [3, 6]])
>>> x.reshape(3, 2)  # same shape, wrong order
tensor([[1, 2],
        [3, 4],
        [5, 6]])
>>> x.t().is_contiguous()  # permute/transpose return non-contiguous views
False
>>> x.t().view(6)
Traceback (most recent call last):
    ...
RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
"""
