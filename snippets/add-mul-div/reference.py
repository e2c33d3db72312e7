"""The reference div gives torch.div's results in all three modes, dtypes included.

>>> import torch
>>> from torchnotes.math import div
>>> a = torch.tensor([7, -7, -8, 7], dtype=torch.int8)
>>> b = torch.tensor([2, 2, 3, -2])
>>> div(a, b, rounding_mode="floor"), torch.div(a, b, rounding_mode="floor")  # int8 with int64: int64 #zh: int8 与 int64：得到 int64
(tensor([ 3, -4, -3, -4]), tensor([ 3, -4, -3, -4]))
>>> div(a, b), torch.div(a, b)
(tensor([ 3.5000, -3.5000, -2.6667, -3.5000]), tensor([ 3.5000, -3.5000, -2.6667, -3.5000]))
>>> x, y = torch.tensor([1.0, -1.0]), torch.tensor([0.1, 0.1])
>>> div(x, y, rounding_mode="floor"), torch.div(x, y, rounding_mode="floor")
(tensor([  9., -10.]), tensor([  9., -10.]))
>>> torch.div(torch.tensor([True]), torch.tensor([True]), rounding_mode="floor")  # bool: no kernel on the CPU #zh: bool：CPU 上没有对应的实现
Traceback (most recent call last):
    ...
NotImplementedError: "div_floor_cpu" not implemented for 'Bool'
>>> torch.div(torch.tensor([1j]), torch.tensor([1j]), rounding_mode="floor")
Traceback (most recent call last):
    ...
NotImplementedError: "div_floor_cpu" not implemented for 'ComplexFloat'
>>> torch.div(torch.tensor([1], dtype=torch.uint16), torch.tensor([1], dtype=torch.uint16), rounding_mode="trunc")
Traceback (most recent call last):
    ...
NotImplementedError: "div_trunc_cpu" not implemented for 'UInt16'
>>> for dt in (torch.uint32, torch.uint64):  # the other wide unsigned dtypes too #zh: 其他宽无符号类型也一样
...     try:
...         torch.div(torch.tensor([1], dtype=dt), torch.tensor([1], dtype=dt), rounding_mode="floor")
...     except NotImplementedError as e:
...         print(e)
"div_floor_cpu" not implemented for 'UInt32'
"div_floor_cpu" not implemented for 'UInt64'
>>> h, t = torch.full((32,), -1.0, dtype=torch.bfloat16), torch.full((32,), 0.1, dtype=torch.bfloat16)
>>> torch.div(h[:1], t[:1], rounding_mode="trunc"), torch.div(h, t, rounding_mode="trunc")[:1]  # bfloat16 on the CPU: the length changes the answer #zh: CPU 上的 bfloat16：张量长度会改变结果
(tensor([-9.], dtype=torch.bfloat16), tensor([-10.], dtype=torch.bfloat16))
>>> g, u = torch.full((32,), -3.0, dtype=torch.float16), torch.full((32,), 0.3, dtype=torch.float16)
>>> torch.div(g[:1], u[:1], rounding_mode="trunc"), torch.div(g, u, rounding_mode="trunc")[:1]  # float16 too #zh: float16 也一样
(tensor([-9.], dtype=torch.float16), tensor([-10.], dtype=torch.float16))
>>> div(h, t, rounding_mode="trunc")  # so the reference refuses it #zh: 所以参考实现拒绝它
Traceback (most recent call last):
    ...
TypeError: div(): rounding_mode='trunc' is not supported for torch.bfloat16 (torch's CPU result depends on the tensor's length); a and b must promote to an integer dtype, float32 or float64
>>> div(g, u, rounding_mode="trunc")  # float16 as well #zh: float16 同样被拒绝
Traceback (most recent call last):
    ...
TypeError: div(): rounding_mode='trunc' is not supported for torch.float16 (torch's CPU result depends on the tensor's length); a and b must promote to an integer dtype, float32 or float64
>>> div(torch.tensor([1]), torch.tensor([0]), rounding_mode="floor")
Traceback (most recent call last):
    ...
ValueError: div(): integer division by zero (b contains 0)
"""
