"""Pick one score per row: the label's column of each row.

>>> import torch
>>> scores = torch.tensor([[0.1, 0.7, 0.2],
...                        [0.5, 0.3, 0.2]])
>>> labels = torch.tensor([1, 0])
>>> # index needs as many dims as scores: (2,) -> (2, 1) #zh: index 的维度数要与 scores 相同：(2,) -> (2, 1)
>>> picked = torch.gather(scores, dim=1, index=labels.unsqueeze(1))
>>> picked
tensor([[0.7000],
        [0.5000]])
>>> picked.shape  # the output always has the shape of index #zh: 输出的形状永远与 index 相同
torch.Size([2, 1])
>>> picked.squeeze(1)  # back to one value per row #zh: 变回每行一个值
tensor([0.7000, 0.5000])
"""
