"""Plain SGD is p - lr * grad; weight decay and maximize change the gradient first.

>>> import torch
>>> from torchnotes.optim import sgd
>>> w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
>>> {k: v for k, v in torch.optim.SGD([w]).defaults.items() if k in ("lr", "momentum", "dampening", "weight_decay", "nesterov")}
{'lr': 0.001, 'momentum': 0, 'dampening': 0, 'weight_decay': 0, 'nesterov': False}
>>> opt = torch.optim.SGD([w], lr=0.1)
>>> w.grad = torch.tensor([0.5, 0.5])
>>> opt.step()
>>> w  # 1 - 0.1 * 0.5 and -2 - 0.1 * 0.5 #zh: 1 - 0.1 * 0.5 与 -2 - 0.1 * 0.5
Parameter containing:
tensor([ 0.9500, -2.0500], requires_grad=True)
>>> w.grad  # step() reads the gradient and leaves it there #zh: step() 读取梯度，但不会清除它
tensor([0.5000, 0.5000])
>>> p, g = torch.tensor([1.0, -2.0]), torch.tensor([0.5, 0.5])
>>> sgd([p], [g], lr=0.1, weight_decay=0.1)[0]  # decay adds 0.1 * p to the gradient #zh: 权重衰减把 0.1 * p 加到梯度上
[tensor([ 0.9400, -2.0300])]
>>> sgd([p], [g], lr=0.1, maximize=True)[0]  # maximize climbs: p + lr * g #zh: maximize 沿上升方向：p + lr * g
[tensor([ 1.0500, -1.9500])]
>>> for options in ({"weight_decay": 0.1}, {"maximize": True}):  # torch.optim.SGD takes the same steps #zh: torch.optim.SGD 走的是同样的一步
...     v = torch.nn.Parameter(p.clone())
...     v.grad = g.clone()
...     torch.optim.SGD([v], lr=0.1, **options).step()
...     print(torch.equal(v.detach(), sgd([p], [g], lr=0.1, **options)[0][0]))
True
True
"""
