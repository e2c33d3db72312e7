"""The Python reference of the C++ loop equals F.softshrink: values, nan and gradients.

>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.compile import softshrink
>>> x = torch.tensor([-2.0, -0.5, 0.0, 0.3, 0.5, 2.0, float("nan")], requires_grad=True)
>>> softshrink(x, 0.5)
tensor([-1.5000, -0.0000,  0.0000,  0.0000,  0.0000,  1.5000,     nan],
       grad_fn=<WhereBackward0>)
>>> F.softshrink(x, 0.5)
tensor([-1.5000, -0.0000,  0.0000,  0.0000,  0.0000,  1.5000,     nan],
       grad_fn=<SoftshrinkBackward0>)
>>> softshrink(x, 0.5).sum().backward()
>>> x.grad  # 0 inside [-0.5, 0.5], 1 elsewhere, nan too #zh: [-0.5, 0.5] 之内为 0，其余为 1，nan 也是
tensor([1., 0., 0., 0., 0., 1., 1.])
>>> ours = x.grad.clone()
>>> x.grad = None
>>> F.softshrink(x, 0.5).sum().backward()
>>> torch.equal(ours, x.grad)
True
>>> F.softshrink(torch.ones(2), -1.0)  # torch refuses a negative lambd #zh: torch 拒绝负的 lambd
Traceback (most recent call last):
    ...
RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found -1
"""
