"""reduction="batchmean" divides the sum by the batch size; "mean" also divides by the number of classes, and warns.

>>> import warnings
>>> import torch
>>> import torch.nn.functional as F
>>> logq = torch.log_softmax(torch.tensor([[1.0, 2.0, 3.0, 4.0],
...                                        [0.0, 0.0, 0.0, 5.0]]), dim=1)
>>> p = torch.tensor([[0.25, 0.25, 0.25, 0.25],
...                   [0.10, 0.10, 0.10, 0.70]])
>>> total = F.kl_div(logq, p, reduction="sum")
>>> total, F.kl_div(logq, p, reduction="batchmean"), total / 2  # per sample: N = 2 #zh: 每个样本：N = 2
(tensor(1.1335), tensor(0.5667), tensor(0.5667))
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     mean = F.kl_div(logq, p, reduction="mean")
...     default = F.kl_div(logq, p)  # "mean" is the default #zh: 默认就是 "mean"
>>> mean, total / 8, default  # N * C = 2 * 4 elements #zh: N * C = 2 * 4 个元素
(tensor(0.1417), tensor(0.1417), tensor(0.1417))
>>> print(caught[0].category.__name__, caught[0].message)
UserWarning reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.
"""
