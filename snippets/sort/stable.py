"""sort returns values and indices; stable=True keeps ties in order; NaN sorts as the largest.

>>> import torch
>>> scores = torch.tensor([0.3, 0.9, 0.3, float("nan"), 0.1])
>>> torch.sort(scores, stable=True)
torch.return_types.sort(
values=tensor([0.1000, 0.3000, 0.3000, 0.9000,    nan]),
indices=tensor([4, 0, 2, 1, 3]))
>>> torch.sort(scores, descending=True, stable=True)  # ties still in their original order #zh: 并列元素仍保持原来的顺序
torch.return_types.sort(
values=tensor([   nan, 0.9000, 0.3000, 0.3000, 0.1000]),
indices=tensor([3, 1, 0, 2, 4]))
>>> m = torch.tensor([[3, 1, 2],
...                   [0, 5, 4]])
>>> values, order = torch.sort(m, dim=1)  # every row on its own #zh: 每一行各自排序
>>> order
tensor([[1, 2, 0],
        [0, 2, 1]])
>>> torch.equal(m.gather(1, order), values)
True
>>> torch.argsort(torch.tensor([3, 1, 2]))  # only the indices #zh: 只要索引
tensor([1, 2, 0])
>>> torch.sort(torch.tensor([0.0, -0.0, 0.0]), stable=True).indices  # -0.0 ties with 0.0 #zh: -0.0 与 0.0 算作并列
tensor([0, 1, 2])
>>> torch.sort(torch.tensor([True, False])).values, torch.sort(torch.tensor([2, -1])).values
(tensor([False,  True]), tensor([-1,  2]))
>>> torch.sort(torch.tensor([1j, 2]))  # complex numbers have no order #zh: 复数没有大小顺序
Traceback (most recent call last):
    ...
RuntimeError:  Sort does not support complex dtypes on CPU
"""
