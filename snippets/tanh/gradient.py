"""The derivative 1 - tanh(x)**2 is 1 at 0, four times sigmoid's best, and fades away from 0.

>>> import torch
>>> x = torch.tensor([0.0, 1.0, 3.0, 10.0], requires_grad=True)
>>> torch.tanh(x).sum().backward()
>>> x.grad
tensor([1.0000, 0.4200, 0.0099, 0.0000])
>>> torch.allclose(x.grad, 1 - torch.tanh(x.detach()) ** 2)
True
>>> s = torch.tensor(0.0, requires_grad=True)
>>> torch.sigmoid(s).backward()
>>> s.grad  # sigmoid's largest slope, at 0: a quarter of tanh's #zh: sigmoid 的最大斜率（在 0 处）：只有 tanh 的四分之一
tensor(0.2500)
>>> torch.tanh(torch.tensor([8.0, 10.0])).tolist()  # float32 reaches exactly 1.0 by x = 10 #zh: float32 在 x = 10 时已恰好为 1.0
[0.9999997615814209, 1.0]
"""
