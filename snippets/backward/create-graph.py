"""create_graph=True records the backward pass itself, so a gradient can be differentiated again.

>>> import torch
>>> from torchnotes.autograd import vjp
>>> x = torch.tensor(2.0, requires_grad=True)
>>> (g,) = torch.autograd.grad(x ** 3, x, create_graph=True)
>>> g  # 3x^2, with a grad_fn of its own #zh: 3x^2，它自己也有 grad_fn
tensor(12., grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g, x)  # second derivative 6x #zh: 二阶导数 6x
(tensor(12.),)
>>> (g,) = torch.autograd.grad(x ** 3, x)  # without create_graph: a plain number #zh: 不加 create_graph：只是一个普通数值
>>> g.requires_grad
False
>>> # Hessian-vector product: differentiate v^T J once more #zh: 海森矩阵-向量积：对 v^T J 再求一次导
>>> x = torch.tensor([1.0, 2.0], requires_grad=True)
>>> f = lambda t: (t[0] * t[1]) ** 2
>>> _, grad = vjp(f, x, torch.tensor(1.0), create_graph=True)
>>> grad  # the gradient [2 x0 x1^2, 2 x0^2 x1] #zh: 梯度 [2 x0 x1^2, 2 x0^2 x1]
tensor([8., 4.], grad_fn=<ViewBackward0>)
>>> torch.autograd.grad(grad, x, torch.tensor([1.0, 0.0]))  # the product H @ [1, 0] #zh: 乘积 H @ [1, 0]
(tensor([8., 8.]),)
>>> torch.autograd.functional.hvp(f, x, torch.tensor([1.0, 0.0]))[1]  # torch's own hvp agrees #zh: torch 自带的 hvp 结果相同
tensor([8., 8.])
"""
