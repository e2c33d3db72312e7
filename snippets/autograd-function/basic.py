"""A custom Function: forward computes, setup_context saves what backward needs, backward returns one gradient per input.

>>> import torch
>>> class Cube(torch.autograd.Function):
...     @staticmethod
...     def forward(x, scale):  # plain tensors in, recording is off in here #zh: 输入是普通张量，这里面不记录
...         return scale * x ** 3
...     @staticmethod
...     def setup_context(ctx, inputs, output):
...         x, scale = inputs
...         ctx.save_for_backward(x)  # tensors: save_for_backward #zh: 张量用 save_for_backward 保存
...         ctx.scale = scale  # anything else: an attribute #zh: 其他值直接设为属性
...     @staticmethod
...     def backward(ctx, grad):
...         (x,) = ctx.saved_tensors
...         return grad * 3 * ctx.scale * x ** 2, None  # no gradient for scale #zh: scale 没有梯度
>>> x = torch.tensor([1.0, 2.0], requires_grad=True)
>>> y = Cube.apply(x, 0.5)  # call apply, never Cube(...) #zh: 调用 apply，而不是 Cube(...)
>>> y
tensor([0.5000, 4.0000], grad_fn=<CubeBackward>)
>>> [type(n).__name__ for n, _ in y.grad_fn.next_functions]  # one node straight to x: no PowBackward0 or MulBackward0 #zh: 单个节点直接连到 x：没有 PowBackward0 或 MulBackward0
['AccumulateGrad']
>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = Cube()
>>> caught[0].category.__name__, str(caught[0].message).split("> ")[1]  # instantiating is deprecated #zh: 实例化已被弃用
('DeprecationWarning', 'should not be instantiated. Methods on autograd functions are all static, so you should invoke them on the class itself. Instantiating an autograd function will raise an error in a future version of PyTorch.')
>>> y.sum().backward()
>>> x.grad  # 1.5 x^2 #zh: 即 1.5 x^2
tensor([1.5000, 6.0000])
>>> xd = torch.tensor([0.3, -1.2], dtype=torch.float64, requires_grad=True)
>>> torch.autograd.gradcheck(lambda t: Cube.apply(t, 0.5), xd)  # backward agrees with finite differences #zh: 反向传播与有限差分一致
True
>>> torch.func.grad(lambda t: Cube.apply(t, 0.5).sum())(x.detach())  # setup_context makes torch.func work #zh: 有了 setup_context，torch.func 才能用
tensor([1.5000, 6.0000])
"""
