"""amount: an int counts entries, a float is a fraction rounded half to even; pruning again prunes what is left.

>>> import torch
>>> from torch import nn
>>> from torch.nn.utils import prune
>>> from torchnotes.pruning import l1_unstructured_mask
>>> w = torch.tensor([0.3, -0.1, 0.2, 0.5, -0.4])
>>> l1_unstructured_mask(w, 2)  # an int: exactly 2 entries #zh: 整数：正好 2 个元素
tensor([1., 0., 0., 1., 1.])
>>> l1_unstructured_mask(w, 0.5)  # a float: round(0.5 * 5) == round(2.5) == 2 #zh: 浮点数：round(0.5 * 5) == round(2.5) == 2
tensor([1., 0., 0., 1., 1.])
>>> l1_unstructured_mask(w, 0.7)  # round(3.5) == 4: half to even #zh: round(3.5) == 4：一半时取偶数
tensor([0., 0., 0., 1., 0.])
>>> l1_unstructured_mask(torch.ones(5), 2)  # equal magnitudes: not the first two #zh: 绝对值相同时，剪掉的不是前两个
tensor([1., 1., 0., 1., 0.])
>>> keep_all = torch.ones(5)
>>> prune.L1Unstructured(0.5).compute_mask(w, keep_all), prune.L1Unstructured(2).compute_mask(torch.ones(5), keep_all)  # torch's own masks #zh: torch 自己算出的掩码
(tensor([1., 0., 0., 1., 1.]), tensor([1., 1., 0., 1., 0.]))
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(10, 10)
>>> _ = prune.l1_unstructured(layer, "weight", amount=0.5)
>>> _ = prune.l1_unstructured(layer, "weight", amount=0.5)  # half of the remaining half #zh: 剩下一半中的一半
>>> float((layer.weight == 0).float().mean())
0.75
>>> prune.l1_unstructured(layer, "weight", amount=1.5)
Traceback (most recent call last):
    ...
ValueError: amount=1.5 should either be a float in the range [0, 1] or a non-negative integer
"""
