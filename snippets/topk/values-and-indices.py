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
>>> torch.topk(logits, k=2, dim=1, largest=False)  # the smallest, smallest first #zh: 最小的几个，从小到大
torch.return_types.topk(
values=tensor([[0.1000, 0.3000],
        [0.2000, 0.4000]]),
indices=tensor([[0, 2],
        [1, 3]]))
>>> torch.equal(torch.topk(logits, 2).values, torch.sort(logits, descending=True).values[:, :2])
True
>>> torch.equal(torch.topk(logits, 1).indices, logits.argmax(dim=1, keepdim=True))  # k=1 and argmax #zh: k=1 与 argmax
True
>>> torch.topk(torch.tensor([1.0, float("nan"), 3.0]), k=2)  # NaN counts as the largest #zh: NaN 被当作最大值
torch.return_types.topk(
values=tensor([nan, 3.]),
indices=tensor([1, 2]))
>>> torch.topk(torch.tensor([1.0, 2.0]), k=0).values  # k = 0 is allowed #zh: k = 0 是允许的
tensor([])
>>> torch.topk(torch.tensor([1.0, 2.0]), k=3)  # k larger than the dimension #zh: k 大于该维长度
Traceback (most recent call last):
    ...
RuntimeError: selected index k out of range
"""
