"""The reference xlogy: 0 where x is 0 (unless y is NaN), torch's dtype rules, the same numbers as torch.

>>> import torch
>>> from torchnotes.math import xlogy
>>> nan = float("nan")
>>> x = torch.tensor([0.0, 0.0, 0.0, 2.0])
>>> y = torch.tensor([0.0, -1.0, nan, 3.0])
>>> xlogy(x, y)  # 0 even for y = 0 or y < 0; NaN stays NaN #zh: y 为 0 或负数时也是 0；NaN 仍是 NaN
tensor([0.0000, 0.0000,    nan, 2.1972])
>>> torch.xlogy(x, y)
tensor([0.0000, 0.0000,    nan, 2.1972])
>>> xlogy(torch.tensor([2]), torch.tensor([3]))  # integers give the default dtype #zh: 整数输入得到默认数据类型
tensor([2.1972])
>>> torch.xlogy(torch.tensor([2]), torch.tensor([3]))
tensor([2.1972])
>>> xlogy(torch.tensor([True]), torch.tensor([True])), torch.xlogy(torch.tensor([True]), torch.tensor([True]))  # bool too #zh: bool 也一样
(tensor([0.]), tensor([0.]))
>>> a, b = torch.tensor([[0.0], [2.0]]), torch.tensor([1.0, 3.0, float("inf")])
>>> xlogy(a, b)  # (2, 1) and (3,) broadcast to (2, 3); 0 * log(inf) is 0 #zh: (2, 1) 与 (3,) 广播成 (2, 3)；0 * log(inf) 为 0
tensor([[0.0000, 0.0000, 0.0000],
        [0.0000, 2.1972,    inf]])
>>> torch.xlogy(a, b)
tensor([[0.0000, 0.0000, 0.0000],
        [0.0000, 2.1972,    inf]])
>>> torch.xlogy(torch.tensor([1j]), torch.tensor([2j]))  # complex is refused on the CPU #zh: CPU 上不接受复数
Traceback (most recent call last):
    ...
NotImplementedError: "xlogy_cpu" not implemented for 'ComplexFloat'
"""
