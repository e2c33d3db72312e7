"""By default NaN becomes 0 and +-inf become the dtype's largest finite values.

>>> import torch
>>> x = torch.tensor([float("nan"), float("inf"), -float("inf"), 2.0])
>>> torch.nan_to_num(x)
tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  2.0000e+00])
>>> [torch.finfo(d).max for d in (torch.float16, torch.bfloat16, torch.float32, torch.float64)]  # the defaults for +inf #zh: +inf 的默认替换值
[65504.0, 3.3895313892515355e+38, 3.4028234663852886e+38, 1.7976931348623157e+308]
>>> torch.nan_to_num(x.half())  # float16 only reaches 65504 #zh: float16 最大只到 65504
tensor([ 0.0000e+00,  6.5504e+04, -6.5504e+04,  2.0000e+00],
       dtype=torch.float16)
>>> torch.nan_to_num(x, nan=0.0, posinf=1e4, neginf=-1e4)  # bounds that mean something #zh: 有实际含义的边界值
tensor([ 0.0000e+00,  1.0000e+04, -1.0000e+04,  2.0000e+00])
>>> torch.nan_to_num(x.half(), posinf=1e5)  # 1e5 does not fit float16: inf again, no error #zh: 1e5 放不进 float16：又是 inf，且不报错
tensor([ 0.0000e+00,         inf, -6.5504e+04,  2.0000e+00],
       dtype=torch.float16)
>>> torch.nan_to_num(torch.tensor([1, 2]))  # integers hold no NaN: unchanged #zh: 整数里没有 NaN：原样返回
tensor([1, 2])
>>> torch.nan_to_num(torch.tensor([True, False]))  # bool too #zh: bool 也一样
tensor([ True, False])
>>> inf = float("inf")
>>> torch.nan_to_num(torch.tensor([inf], dtype=torch.bfloat16)), torch.nan_to_num(torch.tensor([inf], dtype=torch.float64))
(tensor([3.3895e+38], dtype=torch.bfloat16), tensor([1.7977e+308], dtype=torch.float64))
>>> torch.nan_to_num(torch.tensor([complex(float("nan"), float("inf"))]))  # real and imaginary parts separately #zh: 实部和虚部分开处理
tensor([0.+3.4028e+38j])
>>> torch.nan_to_num(torch.zeros(1, dtype=torch.complex32))  # no complex32 kernel on the CPU #zh: CPU 上没有 complex32 的实现
Traceback (most recent call last):
    ...
NotImplementedError: "nan_to_num" not implemented for 'ComplexHalf'
>>> y = x.clone()
>>> _ = y.nan_to_num()  # a new tensor: y is unchanged #zh: 返回新张量：y 不变
>>> y
tensor([nan, inf, -inf, 2.])
>>> _ = y.nan_to_num_()  # in place #zh: 原地修改
>>> y
tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  2.0000e+00])
>>> from torchnotes.math import nan_to_num
>>> torch.equal(nan_to_num(x), torch.nan_to_num(x))
True
"""
