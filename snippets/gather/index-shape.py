"""index may be smaller than input in the dims other than dim; only ndim must match.

>>> import torch
>>> src = torch.arange(12).reshape(3, 4)
>>> src
tensor([[ 0,  1,  2,  3],
        [ 4,  5,  6,  7],
        [ 8,  9, 10, 11]])
>>> index = torch.tensor([[3, 0]])  # shape (1, 2): smaller than (3, 4) in both dims
>>> torch.gather(src, 1, index)
tensor([[3, 0]])
>>> torch.gather(src, 1, torch.tensor([[0], [1], [2], [3]]))  # 4 rows > 3 rows
Traceback (most recent call last):
    ...
RuntimeError: Size does not match at dimension 0 expected index [4, 1] to be no larger than self [3, 4] apart from dimension 1
"""
