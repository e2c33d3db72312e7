"""Adam's weight_decay goes through the gradient; AdamW's shrinks the weight directly.

>>> import torch
>>> from torchnotes.optim import adam, adamw
>>> p, zero = torch.tensor([10.0, 0.1]), torch.zeros(2)
>>> adam([p], [zero], lr=0.1, weight_decay=0.5)[0]  # L2 is normalised like a gradient: both move by about lr #zh: L2 项像梯度一样被归一化：两者都移动约 lr
[tensor([9.9000e+00, 1.4901e-08])]
>>> adamw([p], [zero], lr=0.1, weight_decay=0.5)[0]  # p * (1 - lr * wd): proportional to the weight #zh: p * (1 - lr * wd)：与权重成正比
[tensor([9.5000, 0.0950])]
>>> # 100 steps with a constant gradient on a large and a small weight #zh: 大、小两个权重，恒定梯度下走 100 步
>>> g = torch.tensor([1.0, 1.0])
>>> a, sa, w, sw = [p], None, [p], None
>>> for _ in range(100):
...     a, sa = adam(a, [g], sa, lr=0.01, weight_decay=0.1)
...     w, sw = adamw(w, [g], sw, lr=0.01, weight_decay=0.1)
>>> a[0], w[0]
(tensor([ 9.0086, -0.8827]), tensor([ 8.0958, -0.8616]))
>>> wt = torch.nn.Parameter(p.clone())
>>> opt = torch.optim.AdamW([wt], lr=0.01, weight_decay=0.1)
>>> for _ in range(100):
...     wt.grad = g.clone()
...     opt.step()
>>> torch.equal(wt.detach(), w[0])  # bit-equal to torch.optim.AdamW #zh: 与 torch.optim.AdamW 逐位相同
True
"""
