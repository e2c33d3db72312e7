"""gradcheck compares backward's Jacobian with central differences in float64; a wrong backward fails.

>>> import torch
>>> from torchnotes.autograd import gradcheck
>>> class BadSin(torch.autograd.Function):
...     @staticmethod
...     def forward(x):
...         return torch.sin(x)
...     @staticmethod
...     def setup_context(ctx, inputs, output):
...         ctx.save_for_backward(inputs[0])
...     @staticmethod
...     def backward(ctx, grad):
...         (x,) = ctx.saved_tensors
...         return grad * torch.cos(x) * 1.01  # off by 1 % #zh: 偏差 1 %
>>> x = torch.tensor([0.5, 2.0], dtype=torch.float64, requires_grad=True)
>>> torch.autograd.gradcheck(torch.sin, x)  # built-in sin passes #zh: 内置的 sin 通过检查
True
>>> torch.autograd.gradcheck(BadSin.apply, x)  # raises by default #zh: 默认直接报错
Traceback (most recent call last):
    ...
torch.autograd.gradcheck.GradcheckError: Jacobian mismatch for output 0 with respect to input 0,
numerical:tensor([[ 0.8776,  0.0000],
        [ 0.0000, -0.4161]], dtype=torch.float64)
analytical:tensor([[ 0.8864,  0.0000],
        [-0.0000, -0.4203]], dtype=torch.float64)


>>> torch.autograd.gradcheck(BadSin.apply, x, raise_exception=False)
False
>>> gradcheck(torch.sin, x), gradcheck(BadSin.apply, x)  # the reference gives the same verdicts #zh: 参考实现给出同样的结论
(True, False)
>>> torch.autograd.gradcheck(lambda t: torch.sin(t.detach()) + t, x, raise_exception=False)  # a hidden gradient fails too #zh: 被隐藏的梯度同样检查失败
False
>>> torch.autograd.gradgradcheck(torch.sin, x)  # second derivatives #zh: 检查二阶导数
True
>>> calls = []
>>> def counted(t):
...     calls.append(t)
...     return torch.sin(t)
>>> x3 = torch.tensor([0.5, 2.0, 1.0], dtype=torch.float64, requires_grad=True)
>>> torch.autograd.gradcheck(counted, x3), len(calls)  # two calls per input element, plus a couple more #zh: 每个输入元素调用两次，另外还有几次
(True, 8)
>>> import inspect
>>> {k: inspect.signature(torch.autograd.gradcheck).parameters[k].default for k in ("eps", "atol", "rtol", "raise_exception")}
{'eps': 1e-06, 'atol': 1e-05, 'rtol': 0.001, 'raise_exception': True}
>>> eps = 1e-6  # one column of the numerical Jacobian by hand #zh: 手算数值雅可比矩阵的一列
>>> e0 = torch.tensor([1.0, 0.0], dtype=torch.float64)
>>> (torch.sin(x.detach() + eps * e0) - torch.sin(x.detach() - eps * e0)) / (2 * eps)
tensor([0.8776, 0.0000], dtype=torch.float64)
"""
