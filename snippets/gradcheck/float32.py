"""In float32 a correct gradient fails: the central difference with eps=1e-6 is mostly rounding error.

>>> import warnings
>>> import torch
>>> x32 = torch.tensor([0.5, 2.0], requires_grad=True)
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     verdict = torch.autograd.gradcheck(torch.sin, x32, raise_exception=False)
>>> verdict  # torch.sin's backward is right, yet the check fails #zh: torch.sin 的反向传播没有错，检查却失败了
False
>>> print(str(caught[0].message).strip())  # torch only warns #zh: torch 只给出警告
Input #0 requires gradient and is not a double precision floating point or complex. This check will likely fail if all the inputs are not of double precision floating point or complex.
>>> eps = 1e-6
>>> x = torch.tensor(0.5)
>>> ((torch.sin(x + eps) - torch.sin(x - eps)) / (2 * eps)).item(), torch.cos(x).item()  # float32 #zh: float32 下
(0.8940696716308594, 0.8775825500488281)
>>> x = torch.tensor(0.5, dtype=torch.float64)
>>> ((torch.sin(x + eps) - torch.sin(x - eps)) / (2 * eps)).item(), torch.cos(x).item()  # float64 #zh: float64 下
(0.8775825618978494, 0.8775825618903728)
>>> from torchnotes.autograd import gradcheck
>>> gradcheck(torch.sin, x32)  # the reference refuses instead of warning #zh: 参考实现直接拒绝，而不是警告
Traceback (most recent call last):
    ...
TypeError: gradcheck(): inputs must be strided float64 tensors (torch only warns for other dtypes; in float32 the differences are mostly rounding), got torch.float32
"""
