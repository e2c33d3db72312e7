"""Replacing the bad values does not repair a computation: they overflow again or hide an error.

>>> import torch
>>> big = torch.nan_to_num(torch.tensor([float("inf"), 1.0]))
>>> big * 2  # the largest finite value, doubled, is inf again #zh: 最大有限值乘以 2，又变成 inf
tensor([inf, 2.])
>>> x = torch.tensor([0.0, 1.0, 2.0])
>>> ratio = x / x  # 0 / 0 is NaN #zh: 0 / 0 是 NaN
>>> torch.nan_to_num(ratio).mean()  # looks like a normal number, but the NaN is still a bug #zh: 看上去是正常的数，但 NaN 仍然是个 bug
tensor(0.6667)
>>> torch.isnan(ratio).nonzero()  # find where it comes from instead #zh: 应该去找它从哪里来
tensor([[0]])
>>> w = torch.tensor([-1.0, 4.0], requires_grad=True)
>>> loss = torch.nan_to_num(torch.sqrt(w)).sum()
>>> loss  # a finite loss... #zh: 损失是有限值……
tensor(2., grad_fn=<SumBackward0>)
>>> loss.backward()
>>> w.grad  # ...whose gradient is NaN all the same #zh: ……梯度却照样是 NaN
tensor([   nan, 0.2500])
>>> w.detach() - 0.1 * w.grad  # an SGD step with it: the parameter is NaN #zh: 用它做一步 SGD：参数变成 NaN
tensor([   nan, 3.9750])
>>> w.grad = None
>>> with torch.autograd.detect_anomaly(check_nan=True):
...     torch.nan_to_num(torch.sqrt(w)).sum().backward()  # names the operation #zh: 指出是哪个运算
Traceback (most recent call last):
    ...
RuntimeError: Function 'SqrtBackward0' returned nan values in its 0th output.
"""
