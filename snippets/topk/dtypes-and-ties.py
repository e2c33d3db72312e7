"""On the CPU, bool, complex and uint16/uint32/uint64 tensors are refused; the reference returns the earliest of tied entries.

>>> import torch
>>> from torchnotes.math import topk
>>> torch.topk(torch.tensor([True, False]), 1)
Traceback (most recent call last):
    ...
RuntimeError: topk does not support bool dtypes on CPU
>>> torch.topk(torch.tensor([1j, 2]), 1)
Traceback (most recent call last):
    ...
RuntimeError:  topk does not support complex dtypes on CPU
>>> torch.topk(torch.tensor([1, 2], dtype=torch.uint16), 1)
Traceback (most recent call last):
    ...
NotImplementedError: "topk_cpu" not implemented for 'UInt16'
>>> for dt in (torch.uint32, torch.uint64):
...     try:
...         torch.topk(torch.tensor([1, 2], dtype=dt), 1)
...     except NotImplementedError as e:
...         print(e)
"topk_cpu" not implemented for 'UInt32'
"topk_cpu" not implemented for 'UInt64'
>>> x = torch.tensor([1.0, 3.0, 3.0, 2.0, 3.0])  # three tied 3s #zh: 三个并列的 3
>>> topk(x, 2)  # the reference: the earliest two #zh: 参考实现：最靠前的两个
(tensor([3., 3.]), tensor([1, 2]))
>>> torch.topk(x, 2).values  # torch: the same values #zh: torch：值相同
tensor([3., 3.])
>>> torch.sort(x, descending=True, stable=True).indices[:2]  # reproducible indices #zh: 可复现的索引
tensor([1, 2])
>>> x.argmax()  # argmax documents the first of the tied maxima #zh: argmax 的文档规定返回并列最大值中的第一个
tensor(1)
"""
