"""Under no_grad results have no grad_fn and nothing is saved for backward; the parameters are untouched.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Linear(3, 1)
>>> x = torch.randn(4, 3)
>>> y = model(x)
>>> y.requires_grad, y.grad_fn.name()  # recorded: backward could run from here #zh: 已记录：可以从这里反向传播
(True, 'AddmmBackward0')
>>> with torch.no_grad():
...     y = model(x)
>>> y.requires_grad, y.grad_fn  # not recorded #zh: 没有记录
(False, None)
>>> model.weight.requires_grad  # the parameters still require grad #zh: 参数本身仍然需要梯度
True
>>> @torch.no_grad()  # also a decorator #zh: 也可以当装饰器用
... def predict(inputs):
...     return model(inputs)
>>> predict(x).requires_grad
False
>>> saved = []  # count what autograd keeps for backward #zh: 统计自动求导为反向传播保存了哪些张量
>>> with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(tuple(t.shape)) or t, lambda t: t):
...     _ = model(x)
...     print("recorded:", saved)
...     saved.clear()
...     with torch.no_grad():
...         _ = model(x)
...     print("no_grad:", saved)
recorded: [(4, 3)]
no_grad: []
>>> with torch.no_grad():
...     print(torch.is_grad_enabled())  # off inside the block #zh: 代码块内关闭
False
>>> torch.is_grad_enabled()  # switched back on after the block #zh: 离开代码块后自动恢复
True
>>> with torch.no_grad():
...     with torch.no_grad():
...         pass
...     print(torch.is_grad_enabled())  # leaving the inner block restores the outer state: still off #zh: 离开内层代码块恢复的是外层的状态：仍然关闭
False
"""
