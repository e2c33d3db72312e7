"""var and std divide by N - 1 by default (correction=1); correction=0 divides by N.

>>> import torch
>>> x = torch.tensor([[1.0, 2.0, 3.0, 4.0],
...                   [2.0, 4.0, 6.0, 8.0]])
>>> x.mean(), x.mean(dim=1), x.mean(dim=(0, 1))
(tensor(3.7500), tensor([2.5000, 5.0000]), tensor(3.7500))
>>> x.var(dim=1)  # sum of squared deviations / (4 - 1) #zh: 离差平方和除以 (4 - 1)
tensor([1.6667, 6.6667])
>>> x.var(dim=1, correction=0)  # / 4 #zh: 除以 4
tensor([1.2500, 5.0000])
>>> x.std(dim=1, keepdim=True)  # keepdim leaves a size-1 column, ready to broadcast #zh: keepdim 留下长度为 1 的一列，可以直接广播
tensor([[1.2910],
        [2.5820]])
>>> (x - x.mean(dim=1, keepdim=True)) / x.std(dim=1, keepdim=True)  # standardise each row #zh: 逐行标准化
tensor([[-1.1619, -0.3873,  0.3873,  1.1619],
        [-1.1619, -0.3873,  0.3873,  1.1619]])
>>> x[0].var(correction=0.5)  # any real correction: / (4 - 0.5) #zh: correction 可以是任意实数：除以 (4 - 0.5)
tensor(1.4286)
>>> from torchnotes.math import var
>>> var(x, dim=1, correction=0)
tensor([1.2500, 5.0000])
>>> torch.allclose(var(x, dim=1), x.var(dim=1)), torch.allclose(var(x), x.var())
(True, True)
>>> torch.var(torch.tensor([1 + 1j, 2 - 1j]))  # torch accepts complex; the reference does not #zh: torch 接受复数，参考实现不接受
tensor(2.5000)
>>> var(torch.tensor([1 + 1j, 2 - 1j]))
Traceback (most recent call last):
    ...
TypeError: var(): x must be a floating-point tensor, got torch.complex64
>>> h = torch.tensor([0.0, 400.0, 0.0, 400.0], dtype=torch.float16)
>>> ((h - h.mean()) ** 2).sum()  # summed in float16: overflows #zh: 在 float16 中求和：溢出
tensor(inf, dtype=torch.float16)
>>> torch.var(h), var(h)  # both sum in float32, then round #zh: 两者都在 float32 中求和，最后再舍入
(tensor(53344., dtype=torch.float16), tensor(53344., dtype=torch.float16))
"""
