"""Pick one score per row: the label's column of each row.

>>> import torch
>>> scores = torch.tensor([[0.1, 0.7, 0.2],
...                        [0.5, 0.3, 0.2]])
>>> labels = torch.tensor([1, 0])
>>> # index needs the same number of dims as scores: (2,) -> (2, 1)
>>> picked = torch.gather(scores, dim=1, index=labels.unsqueeze(1))
>>> picked
tensor([[0.7000],
        [0.5000]])
>>> picked.shape  # the output always has the shape of index
torch.Size([2, 1])
"""
