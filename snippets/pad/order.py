"""F.pad lists the LAST dimension first: (left, right, top, bottom, ...).

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.ones(2, 3)
>>> F.pad(x, (1, 0))  # last dim: 1 column on the left #zh: 最后一维：左侧加 1 列
tensor([[0., 1., 1., 1.],
        [0., 1., 1., 1.]])
>>> F.pad(x, (0, 0, 1, 0), value=9)  # then the dim before it: 1 row on top #zh: 再往前一维：顶部加 1 行
tensor([[9., 9., 9.],
        [1., 1., 1.],
        [1., 1., 1.]])
>>> F.pad(x, (1, 0, 0, 0)).shape, F.pad(x, (0, 0, 1, 0)).shape  # same numbers, other dim #zh: 数字相同，作用的维度不同
(torch.Size([2, 4]), torch.Size([3, 3]))
>>> F.pad(x, (-1, 0))  # negative amounts crop #zh: 负数表示裁剪
tensor([[1., 1.],
        [1., 1.]])
>>> F.pad(x, (1,))  # pairs only #zh: 必须成对
Traceback (most recent call last):
    ...
RuntimeError: Padding length must be divisible by 2
>>> F.pad(x, (1, 1, 1, 1, 1, 1))  # 3 pairs for a 2-d tensor #zh: 二维张量给了 3 对
Traceback (most recent call last):
    ...
RuntimeError: Padding length should be less than or equal to two times the input dimension but got padding length 6 and input of dimension 2
"""
