"""no_grad does not switch layers to evaluation behaviour: Dropout still drops until model.eval().

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(nn.Dropout(p=0.5))
>>> x = torch.ones(8)
>>> with torch.no_grad():
...     print(model.training, model(x))  # still training: each element zeroed with p=0.5, the rest doubled #zh: 仍是训练模式：每个元素以 p=0.5 的概率置零，其余乘 2
True tensor([0., 0., 2., 0., 0., 0., 2., 2.])
>>> _ = model.eval()
>>> with torch.no_grad():
...     print(model.training, model(x))  # eval(): Dropout is the identity #zh: eval() 之后 Dropout 原样输出
False tensor([1., 1., 1., 1., 1., 1., 1., 1.])
>>> # eval() alone does not stop recording either #zh: 反过来，只调用 eval() 也不会停止记录
>>> w = torch.ones(8, requires_grad=True)
>>> model(x * w).requires_grad
True
"""
