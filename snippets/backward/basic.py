"""loss.backward() writes d loss / d leaf into each leaf's .grad and returns None; a non-scalar output needs a vector v.

>>> import torch
>>> from torchnotes.autograd import vjp
>>> w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
>>> x = torch.tensor([0.5, 1.0, 2.0])
>>> h = w * x  # not a leaf #zh: 不是叶子张量
>>> loss = (h ** 2).sum()
>>> print(loss.backward())  # returns nothing #zh: 没有返回值
None
>>> w.grad  # d loss / d w = 2 * w * x**2 #zh: 即 d loss / d w = 2 * w * x**2
tensor([ 0.5000, -4.0000, 24.0000])
>>> h.is_leaf, h.grad is None  # intermediate results keep no .grad #zh: 中间结果不保留 .grad
(False, True)
>>> h = w * x
>>> h.retain_grad()  # unless asked to #zh: 除非显式要求保留
>>> (h ** 2).sum().backward()
>>> h.grad  # equals 2h #zh: 等于 2h
tensor([ 1., -4., 12.])
>>> # torch.autograd.grad returns the gradient and leaves .grad alone #zh: torch.autograd.grad 返回梯度，不改动 .grad
>>> u = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
>>> torch.autograd.grad((u * x).sum(), u), u.grad
((tensor([0.5000, 1.0000, 2.0000]),), None)
>>> (w * x).backward()  # a vector output: which combination of its gradients? #zh: 输出是向量：要哪种梯度组合？
Traceback (most recent call last):
    ...
RuntimeError: grad can be implicitly created only for scalar outputs
>>> v = torch.tensor([1.0, 0.5, -1.0])
>>> w.grad = None
>>> (w ** 2).backward(v)  # v^T J with J = diag(2w) #zh: v^T J，其中 J = diag(2w)
>>> w.grad
tensor([ 2., -2., -6.])
>>> vjp(lambda t: t ** 2, w, v)[1]  # the same product from the full Jacobian #zh: 用完整雅可比矩阵算出同一个乘积
tensor([ 2., -2., -6.])
>>> torch.autograd.functional.vjp(lambda t: t ** 2, w, v)[1]  # torch's own vjp agrees #zh: torch 自带的 vjp 结果相同
tensor([ 2., -2., -6.])
>>> (w ** 2).backward(torch.ones(2))  # v must have the output's shape #zh: v 的形状必须与输出相同
Traceback (most recent call last):
    ...
RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] has a shape of torch.Size([3]).
>>> w.grad = None
>>> torch.autograd.backward((w ** 2).sum())  # the function form of loss.backward() #zh: loss.backward() 的函数形式
>>> w.grad
tensor([ 2., -4.,  6.])
>>> w.grad = None
>>> (w ** 2).sum().backward(torch.tensor(1.0))  # a scalar loss is the case v = 1 #zh: 标量损失就是 v = 1 的情形
>>> w.grad
tensor([ 2., -4.,  6.])
"""
