"""In training a sample's output depends on the rest of the batch; in eval it does not.

>>> import torch
>>> from torch import nn
>>> bn = nn.BatchNorm1d(1)
>>> a = torch.tensor([[1.0], [3.0], [5.0]])
>>> b = torch.tensor([[1.0], [9.0], [2.0]])
>>> bn(a)[0], bn(b)[0]  # same sample 1.0, different outputs #zh: 同一个样本 1.0，输出不同
(tensor([-1.2247], grad_fn=<SelectBackward0>), tensor([-0.8429], grad_fn=<SelectBackward0>))
>>> _ = bn.eval()
>>> bn(a)[0], bn(b)[0]  # eval: running statistics, same output #zh: 评估模式：用运行统计量，输出相同
(tensor([0.1883], grad_fn=<SelectBackward0>), tensor([0.1883], grad_fn=<SelectBackward0>))
>>> _ = bn.train()
>>> bn(torch.tensor([[1.0]]))  # one value per channel cannot be normalized #zh: 每个通道只有一个值时无法归一化
Traceback (most recent call last):
    ...
ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 1])
"""
