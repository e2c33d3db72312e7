"""Integer tensors have no mean; the old unbiased= spelling still works without a warning.

>>> import torch
>>> import warnings
>>> counts = torch.tensor([1, 2, 4])
>>> counts.mean()
Traceback (most recent call last):
    ...
RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
>>> counts.var()  # std and var refuse integers too #zh: std 和 var 同样不接受整数
Traceback (most recent call last):
    ...
RuntimeError: std and var only support floating point and complex dtypes
>>> counts.float().mean(), counts.mean(dtype=torch.float32)
(tensor(2.3333), tensor(2.3333))
>>> x = torch.tensor([1.0, 2.0, 3.0, 4.0])
>>> with warnings.catch_warnings():
...     warnings.simplefilter("error")  # any warning would raise here #zh: 这里任何警告都会变成异常
...     old = x.var(unbiased=False), x.var(0, False)  # keyword and positional bool #zh: 关键字写法和位置参数写法
>>> old, x.var(correction=0)
((tensor(1.2500), tensor(1.2500)), tensor(1.2500))
"""
