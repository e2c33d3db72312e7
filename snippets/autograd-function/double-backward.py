"""A backward written with torch ops can be differentiated again; @once_differentiable forbids it; saved tensors are checked for in-place changes.

>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.autograd import softplus
>>> x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
>>> (g,) = torch.autograd.grad(softplus(x).sum(), x, create_graph=True)
>>> g  # sigmoid(x), itself recorded #zh: 即 sigmoid(x)，本身也被记录
tensor([0.2689, 0.6225, 0.8808], grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g.sum(), x)[0]  # second derivative sigmoid'(x) #zh: 二阶导数 sigmoid'(x)
tensor([0.1966, 0.2350, 0.1050])
>>> (g_ref,) = torch.autograd.grad(F.softplus(x).sum(), x, create_graph=True)
>>> torch.autograd.grad(g_ref.sum(), x)[0]  # torch's own softplus agrees #zh: torch 自带的 softplus 结果相同
tensor([0.1966, 0.2350, 0.1050])
>>> xd = x.detach().double().requires_grad_()
>>> torch.autograd.gradgradcheck(softplus, xd)  # second derivatives against finite differences #zh: 用有限差分检查二阶导数
True
>>> y = softplus(x, double_backward=False)  # backward marked @once_differentiable #zh: backward 标记了 @once_differentiable
>>> (g,) = torch.autograd.grad((y ** 2).sum(), x, create_graph=True)
>>> g.sum().backward()
Traceback (most recent call last):
    ...
RuntimeError: trying to differentiate twice a function that was marked with @once_differentiable
>>> w = torch.tensor([1.0, 2.0], requires_grad=True)
>>> h = w * 1  # a non-leaf, so it may be changed in place #zh: 非叶子张量，允许原地修改
>>> y = softplus(h)  # saves h for backward #zh: 为反向传播保存了 h
>>> _ = h.mul_(2)  # h is now at version 1 #zh: h 的版本号变为 1
>>> y.sum().backward()
Traceback (most recent call last):
    ...
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Mul, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
"""
