"""The plain formula 1 / (1 + exp(-x)) gets the value right at x = -200 (0 in float32) but its gradient is NaN.

>>> import torch
>>> torch.exp(torch.tensor([88.0, 89.0]))  # float32's exp overflows between 88 and 89 #zh: float32 的 exp 在 88 与 89 之间溢出
tensor([1.6516e+38,        inf])
>>> x = torch.tensor([-200.0], requires_grad=True)
>>> torch.exp(-x)  # overflows float32 #zh: 在 float32 中溢出
tensor([inf], grad_fn=<ExpBackward0>)
>>> naive = 1 / (1 + torch.exp(-x))
>>> naive
tensor([0.], grad_fn=<MulBackward0>)
>>> naive.backward()
>>> x.grad
tensor([nan])
>>> x.grad = None
>>> torch.sigmoid(x).backward()
>>> x.grad  # torch.sigmoid's gradient is finite #zh: torch.sigmoid 的梯度是有限值
tensor([0.])
"""
