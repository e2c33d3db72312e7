"""nonzero gives one row per non-zero element; as_tuple=True gives indices ready for x[...].

>>> import torch
>>> x = torch.tensor([[0, 1, 0],
...                   [2, 0, 2]])
>>> torch.nonzero(x)  # (n, ndim): one coordinate row per element, row-major order #zh: (n, ndim)：每个元素一行坐标，行优先顺序
tensor([[0, 1],
        [1, 0],
        [1, 2]])
>>> rows, cols = torch.nonzero(x, as_tuple=True)
>>> rows, cols
(tensor([0, 1, 1]), tensor([1, 0, 2]))
>>> x[rows, cols]  # the tuple form indexes directly #zh: 元组形式可以直接用来索引
tensor([1, 2, 2])
>>> torch.where(x != 0)  # where with one argument is the tuple form #zh: 只传一个参数的 where 就是元组形式
(tensor([0, 1, 1]), tensor([1, 0, 2]))
>>> torch.nonzero(torch.tensor([0.0, -0.0, float("nan"), 2.0]))  # 0.0 and -0.0 are zero, NaN is not #zh: 0.0 和 -0.0 算零，NaN 不算
tensor([[2],
        [3]])
>>> torch.nonzero(torch.tensor([False, True]))
tensor([[1]])
>>> s = torch.tensor(5)  # 0-d: one hit, but a coordinate has no entries #zh: 零维：有一个命中，但坐标里没有分量
>>> torch.nonzero(s)
tensor([], size=(1, 0), dtype=torch.int64)
>>> torch.nonzero(s, as_tuple=True)  # the tuple form treats it as 1-d #zh: 元组形式把它当作一维
(tensor([0]),)
"""
