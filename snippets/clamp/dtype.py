"""Bounds take part in type promotion: a float bound turns an integer tensor into floats.

>>> import torch
>>> ids = torch.tensor([-2, 0, 3])
>>> torch.clamp(ids, min=0)  # an int bound keeps int64 #zh: 整数边界保持 int64
tensor([0, 0, 3])
>>> torch.clamp(ids, min=0.5)  # a float bound gives float32 #zh: 浮点边界得到 float32
tensor([0.5000, 0.5000, 3.0000])
>>> torch.clamp(torch.ones(2, dtype=torch.float16), max=1e5)  # the bound must fit the dtype #zh: 边界必须能放进该数据类型
Traceback (most recent call last):
    ...
RuntimeError: value cannot be converted to type c10::Half without overflow
>>> torch.clamp(torch.ones(2, dtype=torch.int8), min=-1000)
Traceback (most recent call last):
    ...
RuntimeError: value cannot be converted to type int8_t without overflow
>>> torch.clamp(torch.tensor([1 + 2j]), min=0)  # complex numbers have no order #zh: 复数没有大小顺序
Traceback (most recent call last):
    ...
NotImplementedError: clamp is not supported for complex types
>>> torch.clamp(torch.ones(2, dtype=torch.uint16), min=0)  # no uint16 kernel on the CPU #zh: CPU 上没有 uint16 的实现
Traceback (most recent call last):
    ...
NotImplementedError: "clamp_min_scalar_cpu" not implemented for 'UInt16'
>>> flags = torch.tensor([True, False])
>>> torch.clamp(flags, min=torch.tensor(True))  # bool: one tensor bound works #zh: bool：一个张量边界可以
tensor([True, True])
>>> torch.clamp(flags, min=torch.tensor(False), max=torch.tensor(True))  # two do not #zh: 两个就不行
Traceback (most recent call last):
    ...
NotImplementedError: "clamp_cpu" not implemented for 'Bool'
>>> torch.clamp(flags, min=True)  # nor does a bool number bound #zh: bool 数值边界也不行
Traceback (most recent call last):
    ...
NotImplementedError: "clamp_min_scalar_cpu" not implemented for 'Bool'
>>> torch.clamp(flags, min=0)  # an int bound promotes bool to int64 #zh: 整数边界把 bool 提升为 int64
tensor([1, 0])
"""
