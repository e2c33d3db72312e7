"""nonzero gives one row per non-zero element; as_tuple=True gives indices ready for x[...].

>>> import torch
>>> x = torch.tensor([[0, 1, 0],
...                   [2, 0, 2]])
>>> torch.nonzero(x)  # (n, ndim): one coordinate row per element, row-major order
tensor([[0, 1],
        [1, 0],
        [1, 2]])
>>> rows, cols = torch.nonzero(x, as_tuple=True)
>>> rows, cols
(tensor([0, 1, 1]), tensor([1, 0, 2]))
>>> x[rows, cols]  # the tuple form indexes directly
tensor([1, 2, 2])
>>> torch.nonzero(torch.tensor([0.0, float("nan")]))  # NaN is not zero
tensor([[1]])
>>> s = torch.tensor(5)  # 0-d: one hit, but a coordinate has no entries
>>> torch.nonzero(s)
tensor([], size=(1, 0), dtype=torch.int64)
>>> torch.nonzero(s, as_tuple=True)  # the tuple form treats it as 1-d
(tensor([0]),)
"""
