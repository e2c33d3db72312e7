"""With weight or ignore_index, "mean" divides by the weights of the counted targets, not by the batch size.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 0.5, -1.0],
...                        [0.0, 3.0, 0.0],
...                        [1.0, 1.0, 1.0]])
>>> target = torch.tensor([0, 2, 1])
>>> per_sample = F.cross_entropy(logits, target, reduction="none")
>>> per_sample
tensor([0.2413, 3.0949, 1.0986])
>>> w = torch.tensor([1.0, 1.0, 4.0])  # class 2 counts four times #zh: 类别 2 计四次
>>> F.cross_entropy(logits, target, weight=w)
tensor(2.2866)
>>> (w[target] * per_sample).sum() / w[target].sum()  # divided by 1 + 4 + 1, not by 3 #zh: 除以 1 + 4 + 1，而不是 3
tensor(2.2866)
>>> (w[target] * per_sample).sum() / 3
tensor(4.5732)
>>> ignored = torch.tensor([0, -100, 1])  # -100 is the default ignore_index #zh: -100 是 ignore_index 的默认值
>>> F.cross_entropy(logits, ignored)
tensor(0.6700)
>>> (per_sample[0] + per_sample[2]) / 2  # the ignored sample is not counted #zh: 被忽略的样本不计入
tensor(0.6700)
>>> F.cross_entropy(logits, torch.tensor([-100, -100, -100]))  # nothing counted: 0 / 0 #zh: 一个都不计入：0 / 0
tensor(nan)
"""
