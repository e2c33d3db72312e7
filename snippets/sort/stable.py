"""sort returns values and indices; stable=True keeps ties in order; NaN sorts as the largest.

>>> import torch
>>> scores = torch.tensor([0.3, 0.9, 0.3, float("nan"), 0.1])
>>> torch.sort(scores, stable=True)
torch.return_types.sort(
values=tensor([0.1000, 0.3000, 0.3000, 0.9000,    nan]),
indices=tensor([4, 0, 2, 1, 3]))
>>> torch.sort(scores, descending=True, stable=True)  # ties still in their original order
torch.return_types.sort(
values=tensor([   nan, 0.9000, 0.3000, 0.3000, 0.1000]),
indices=tensor([3, 1, 0, 2, 4]))
>>> m = torch.tensor([[3, 1, 2],
...                   [0, 5, 4]])
>>> values, order = torch.sort(m, dim=1)  # every row on its own
>>> order
tensor([[1, 2, 0],
        [0, 2, 1]])
>>> torch.equal(m.gather(1, order), values)
True
>>> torch.argsort(torch.tensor([3, 1, 2]))  # only the indices
tensor([1, 2, 0])
"""
