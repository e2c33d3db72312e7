"""linspace includes both ends and takes the number of points; the result has the default float dtype (complex for complex ends).

>>> import torch
>>> torch.linspace(0, 1, steps=5)  # spacing (1 - 0) / (5 - 1) #zh: 间距为 (1 - 0) / (5 - 1)
tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
>>> torch.linspace(0, 1, steps=2)
tensor([0., 1.])
>>> torch.linspace(1, 0, steps=3)  # counting down works too #zh: 从大到小也可以
tensor([1.0000, 0.5000, 0.0000])
>>> torch.linspace(0, 1, steps=1)  # one point: start #zh: 只有一个点时就是 start
tensor([0.])
>>> torch.linspace(0, 1, steps=0)
tensor([])
>>> torch.linspace(0, 1, 5).dtype, torch.linspace(0, 1, 5, dtype=torch.float64).dtype
(torch.float32, torch.float64)
>>> torch.linspace(0, 1j, steps=3)  # a complex end: the complex twin of the default dtype #zh: 端点是复数时：默认类型对应的复数类型
tensor([0.+0.0000j, 0.+0.5000j, 0.+1.0000j])
"""
