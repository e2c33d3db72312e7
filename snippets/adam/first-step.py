"""Adam's first step moves every coordinate by about lr, whatever the gradient's size.

>>> import torch
>>> w = torch.nn.Parameter(torch.zeros(3))
>>> opt = torch.optim.Adam([w], lr=0.1)
>>> w.grad = torch.tensor([1e-3, 1.0, 1e3])  # gradients six orders of magnitude apart #zh: 相差六个数量级的梯度
>>> opt.step()
>>> w
Parameter containing:
tensor([-0.1000, -0.1000, -0.1000], requires_grad=True)
>>> v = torch.nn.Parameter(torch.zeros(3))
>>> plain = torch.optim.SGD([v], lr=0.1)
>>> v.grad = torch.tensor([1e-3, 1.0, 1e3])
>>> plain.step()
>>> v  # SGD: lr * grad #zh: SGD：步长为 lr * grad
Parameter containing:
tensor([-1.0000e-04, -1.0000e-01, -1.0000e+02], requires_grad=True)
>>> u = torch.nn.Parameter(torch.tensor([10.0, 0.1]))
>>> opt_wd = torch.optim.Adam([u], lr=0.1, weight_decay=0.5)
>>> u.grad = torch.zeros(2)  # no gradient: only the L2 term 0.5 * p #zh: 没有梯度：只有 L2 项 0.5 * p
>>> opt_wd.step()
>>> u  # both move by about lr: the term is rescaled like a gradient #zh: 两者都移动约 lr：该项像梯度一样被重新缩放
Parameter containing:
tensor([9.9000e+00, 1.4901e-08], requires_grad=True)
>>> sorted(opt.state[w])  # per parameter: step count and two moving averages #zh: 每个参数：步数与两个滑动平均
['exp_avg', 'exp_avg_sq', 'step']
"""
