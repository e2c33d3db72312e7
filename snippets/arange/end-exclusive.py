"""arange stops before end, like range: ceil((end - start) / step) values start + i * step.

>>> import torch
>>> torch.arange(5)
tensor([0, 1, 2, 3, 4])
>>> torch.arange(1, 4)  # 4 is not included #zh: 不包含 4
tensor([1, 2, 3])
>>> torch.arange(10, 0, -3)  # a negative step counts down #zh: 负步长表示倒数
tensor([10,  7,  4,  1])
>>> torch.arange(3, 3)  # start == end: empty #zh: start == end：结果为空
tensor([], dtype=torch.int64)
>>> torch.arange(3).dtype, torch.arange(3.0).dtype  # all ints -> int64, any float -> float32 #zh: 全是整数 -> int64；有浮点数 -> float32
(torch.int64, torch.float32)
>>> torch.set_default_dtype(torch.float64)
>>> torch.arange(3.0).dtype  # any float: the default float dtype, float32 only until changed #zh: 有浮点数时是默认浮点类型，只在没改过时才是 float32
torch.float64
>>> torch.set_default_dtype(torch.float32)
>>> torch.arange(1, 4 + 1)  # to include the end, move it one step further #zh: 想包含终点，就把它往后挪一个步长
tensor([1, 2, 3, 4])
"""
