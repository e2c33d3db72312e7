"""The graph is built anew by every forward pass: Python control flow decides its shape.

>>> import torch
>>> from torchnotes.autograd import graph_nodes
>>> w = torch.tensor(1.5, requires_grad=True)
>>> def f(x, steps):
...     for _ in range(steps):  # an ordinary Python loop #zh: 普通的 Python 循环
...         x = torch.tanh(w * x) if x > 0 else w - x
...     return x
>>> [name for name, _ in graph_nodes(f(torch.tensor(1.0), 2))]
['TanhBackward0', 'MulBackward0', 'TanhBackward0', 'MulBackward0', 'AccumulateGrad']
>>> [name for name, _ in graph_nodes(f(torch.tensor(-1.0), 1))]  # another input, another graph #zh: 换一个输入，就是另一张图
['SubBackward0', 'AccumulateGrad']
>>> loss = f(torch.tensor(1.0), 2)
>>> loss.backward()
>>> loss.grad_fn.next_functions[0][0]._saved_self  # backward freed what the graph saved #zh: 反向传播释放了计算图保存的张量
Traceback (most recent call last):
    ...
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
"""
