"""clamp limits values to [min, max]; one bound is enough, and tensor bounds apply element-wise.

>>> import torch
>>> t = torch.tensor([-1, 0.5, 2, 0.8])
>>> torch.clamp(t, min=0, max=1)
tensor([0.0000, 0.5000, 1.0000, 0.8000])
>>> torch.clip(t, min=0, max=1)  # the alias #zh: 别名
tensor([0.0000, 0.5000, 1.0000, 0.8000])
>>> torch.clamp(t, min=0)  # only a lower bound #zh: 只给下界
tensor([0.0000, 0.5000, 2.0000, 0.8000])
>>> torch.clamp(t)  # at least one bound #zh: 至少要给一个边界
Traceback (most recent call last):
    ...
RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
>>> x = torch.tensor([[1.0, 5.0, 9.0],
...                   [2.0, 6.0, 10.0]])
>>> low, high = torch.tensor([2.0, 0.0, 0.0]), torch.tensor([9.0, 5.5, 9.5])
>>> torch.clamp(x, min=low, max=high)  # one bound per column, broadcast over the rows #zh: 每列一个边界，在各行上广播
tensor([[2.0000, 5.0000, 9.0000],
        [2.0000, 5.5000, 9.5000]])
>>> torch.clamp(torch.tensor([1.0, 5.0]), min=torch.zeros(3, 1)).shape  # a bound can broadcast x up #zh: 边界也可以把 x 广播得更大
torch.Size([3, 2])
>>> torch.clamp(torch.tensor([1.0, 5.0]), min=3, max=2)  # min > max: no error, all become max #zh: min > max：不报错，全部变成 max
tensor([2., 2.])
>>> nan = float("nan")
>>> torch.clamp(torch.tensor([nan, 3.0]), 0, 1)  # NaN passes through #zh: NaN 原样通过
tensor([nan, 1.])
>>> torch.clamp(torch.tensor([0.5, 3.0]), min=nan)  # a NaN number bound: NaN everywhere #zh: 数值边界为 NaN：处处都是 NaN
tensor([nan, nan])
>>> torch.clamp(torch.tensor([0.5, 3.0]), max=torch.tensor([nan, 1.0]))  # NaN where that bound applies #zh: 只在该边界生效的位置得到 NaN
tensor([nan, 1.])
>>> torch.clamp(x, torch.zeros(3), 1.0)  # one number and one tensor bound: refused #zh: 一个数值边界加一个张量边界：不接受
Traceback (most recent call last):
    ...
TypeError: clamp() received an invalid combination of arguments - got (Tensor, Tensor, float), but expected one of:
 * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = None)
 * (Tensor input, Number min = None, Number max = None, *, Tensor out = None)
<BLANKLINE>


>>> from torchnotes.math import clamp
>>> torch.equal(clamp(x, low, high), torch.clamp(x, low, high))
True
"""
