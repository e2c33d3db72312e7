"""Evaluation uses running estimates: a moving average with momentum 0.1, not the training set's statistics.

>>> import torch
>>> from torch import nn
>>> bn = nn.BatchNorm1d(1)
>>> bn.running_mean, bn.running_var  # start at 0 and 1 #zh: 初始值为 0 和 1
(tensor([0.]), tensor([1.]))
>>> batch = torch.tensor([[2.0], [4.0], [9.0]])
>>> _ = bn(batch)
>>> bn.running_mean  # 0.9 * 0 + 0.1 * 5, batch mean 5 #zh: 0.9 * 0 + 0.1 * 5，批次均值为 5
tensor([0.5000])
>>> batch.var(unbiased=True), bn.running_var  # 0.9 * 1 + 0.1 * 13 (unbiased) #zh: 0.9 * 1 + 0.1 * 13（无偏方差）
(tensor(13.), tensor([2.2000]))
>>> for _ in range(50):
...     _ = bn(batch)
>>> bn.running_mean  # close to 5 only after many batches #zh: 要经过很多个批次才接近 5
tensor([4.9768])
>>> fast = nn.BatchNorm1d(1, momentum=0.9)
>>> _ = fast(batch)
>>> fast.running_mean  # 0.1 * 0 + 0.9 * 5: a larger momentum forgets faster #zh: 0.1 * 0 + 0.9 * 5：momentum 越大，遗忘得越快
tensor([4.5000])
>>> _ = bn.eval()
>>> by_hand = (batch - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps)
>>> torch.allclose(bn(batch), by_hand)  # eval normalizes with the running estimates #zh: 评估时用运行统计量做归一化
True
>>> exact = nn.BatchNorm1d(1, momentum=None)  # momentum=None: a plain average of the batches #zh: momentum=None：各批次的简单平均
>>> for b in (torch.tensor([[0.0], [2.0]]), torch.tensor([[10.0], [12.0]])):
...     _ = exact(b)
>>> exact.running_mean
tensor([6.])
"""
