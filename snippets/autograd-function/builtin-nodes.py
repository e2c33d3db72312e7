"""Built-in ops are not autograd.Function subclasses: their nodes are C++ classes; only custom Functions make Python nodes.

>>> import torch
>>> from torch import nn
>>> from torchnotes.autograd import softplus
>>> x = torch.ones(3, 2, requires_grad=True)
>>> y = x * 2
>>> type(y.grad_fn).__name__, type(y.grad_fn).__module__  # a class made in C++ #zh: 在 C++ 中定义的类
('MulBackward0', 'builtins')
>>> isinstance(y.grad_fn, torch.autograd.Function), issubclass(type(y.grad_fn), torch.autograd.function.BackwardCFunction)
(False, False)
>>> z = softplus(x)  # a custom Function #zh: 自定义 Function
>>> type(z.grad_fn).__name__, issubclass(type(z.grad_fn), torch.autograd.function.BackwardCFunction)
('_SoftplusBackward', True)
>>> issubclass(torch.utils.checkpoint.CheckpointFunction, torch.autograd.Function)  # torch itself writes a few in Python #zh: torch 自己也用 Python 写了少数几个
True
>>> layer = nn.Linear(2, 2)
>>> isinstance(layer, torch.autograd.Function), isinstance(layer, nn.Module)  # a layer is a Module #zh: 层是 Module
(False, True)
>>> layer(x).grad_fn.name(), layer(torch.ones(2)).grad_fn.name()  # the nodes depend on the input, not on the layer #zh: 节点取决于输入，而不是层
('AddmmBackward0', 'ViewBackward0')
>>> class Old(torch.autograd.Function):  # the older style: forward takes ctx #zh: 旧写法：forward 接收 ctx
...     @staticmethod
...     def forward(ctx, x):
...         ctx.save_for_backward(x)
...         return x * x
...     @staticmethod
...     def backward(ctx, grad):
...         (x,) = ctx.saved_tensors
...         return 2 * x * grad
>>> Old.apply(torch.tensor([3.0], requires_grad=True))  # still works with autograd #zh: 配合自动求导仍然可用
tensor([9.], grad_fn=<OldBackward>)
>>> torch.func.grad(lambda t: Old.apply(t).sum())(torch.tensor([3.0]))  # but not with torch.func #zh: 但不能配合 torch.func
Traceback (most recent call last):
    ...
RuntimeError: In order to use an autograd.Function with functorch transforms (vmap, grad, jvp, jacrev, ...), it must override the setup_context staticmethod. For more details, please see https://pytorch.org/docs/main/notes/extending.func.html
"""
