"""topk returns the k largest values and where they are; largest=False gives the smallest.

>>> import torch
>>> logits = torch.tensor([[0.1, 2.5, 0.3, 1.7],
...                        [3.0, 0.2, 0.9, 0.4]])
>>> torch.topk(logits, k=2, dim=1)
torch.return_types.topk(
values=tensor([[2.5000, 1.7000],
        [3.0000, 0.9000]]),
indices=tensor([[1, 3],
        [0, 2]]))
>>> torch.topk(logits, k=1, dim=1, largest=False).indices
tensor([[0],
        [1]])
>>> torch.equal(torch.topk(logits, 2).values, torch.sort(logits, descending=True).values[:, :2])
True
>>> torch.topk(torch.tensor([1.0, 2.0]), k=3)  # k larger than the dimension
Traceback (most recent call last):
    ...
RuntimeError: selected index k out of range
"""
