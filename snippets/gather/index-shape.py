"""index only needs input's number of dims; outside dim it may be smaller, along dim any size.

>>> import torch
>>> src = torch.arange(12).reshape(3, 4)
>>> src
tensor([[ 0,  1,  2,  3],
        [ 4,  5,  6,  7],
        [ 8,  9, 10, 11]])
>>> # dim=1: one row of index reads row 0 of src, at any columns, as many as it likes #zh: dim=1：index 只有一行，读的是 src 的第 0 行，列可以任取、个数不限
>>> torch.gather(src, 1, torch.tensor([[3, 0, 3, 1, 2, 0]]))
tensor([[3, 0, 3, 1, 2, 0]])
>>> # outside dim, index does not broadcast: size 1 reads row 0 only #zh: dim 以外的维度不会广播：大小为 1 就只读第 0 行
>>> torch.gather(src, 1, torch.tensor([[3]]))
tensor([[3]])
>>> torch.gather(src, 1, torch.tensor([[3]]).expand(3, 1))  # expand it yourself for every row #zh: 想覆盖每一行，要自己 expand
tensor([[ 3],
        [ 7],
        [11]])
>>> torch.gather(src, 1, torch.tensor([[0], [1], [2], [3]]))  # 4 rows > 3 rows outside dim #zh: dim 以外的维度上 4 行多于 3 行
Traceback (most recent call last):
    ...
RuntimeError: Size does not match at dimension 0 expected index [4, 1] to be no larger than self [3, 4] apart from dimension 1
"""
