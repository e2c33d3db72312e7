"""optimizer.zero_grad() sets .grad to None by default (set_to_none=True); set_to_none=False fills it with zeros.

>>> import inspect
>>> import torch
>>> w = torch.tensor([1.0, 2.0], requires_grad=True)
>>> opt = torch.optim.SGD([w], lr=0.1)
>>> (w ** 2).sum().backward()
>>> (3 * w).sum().backward()  # a second loss, no zero_grad in between #zh: 第二个损失，中间没有 zero_grad
>>> w.grad  # the two gradients added up: 2w + 3 #zh: 两个梯度相加：2w + 3
tensor([5., 7.])
>>> inspect.signature(torch.optim.Optimizer.zero_grad)  # the default #zh: 默认值
<Signature (self, set_to_none: bool = True) -> None>
>>> opt.zero_grad()  # .grad becomes None #zh: .grad 变成 None
>>> w.grad is None
True
>>> (w ** 2).sum().backward()  # the next backward creates a fresh .grad #zh: 下一次反向传播重新创建 .grad
>>> w.grad
tensor([2., 4.])
>>> opt.zero_grad(set_to_none=False)  # zeros in place instead #zh: 改为原地填零
>>> w.grad
tensor([0., 0.])
"""
