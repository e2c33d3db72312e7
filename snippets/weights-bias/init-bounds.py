"""nn.Linear draws weight and bias from U(-1/sqrt(in_features), 1/sqrt(in_features)); the bias does not start at zero.

>>> import inspect
>>> import torch
>>> from torch import nn
>>> from torchnotes.concepts import reset_linear_
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(100, 50)  # fan_in = 100: bound 0.1 #zh: fan_in = 100：界为 0.1
>>> layer.weight.abs().max(), layer.bias.abs().max()
(tensor(0.1000, grad_fn=<MaxBackward1>), tensor(0.0925, grad_fn=<MaxBackward1>))
>>> (layer.bias == 0).sum()  # no zero bias #zh: 偏置没有一个是 0
tensor(0)
>>> source = inspect.getsource(nn.Linear.reset_parameters)  # how torch does it #zh: torch 的做法
>>> for line in source.splitlines():
...     if "init." in line or "bound =" in line:
...         print(line.strip())
init.kaiming_uniform_(self.weight, a=math.sqrt(5))
fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
init.uniform_(self.bias, -bound, bound)
>>> w, b = torch.empty(50, 100), torch.empty(50)
>>> _ = torch.manual_seed(0)
>>> reset_linear_(w, b)  # the same draws, bounds returned #zh: 同样的抽样，并返回所用的界
(0.09999999999999999, 0.1)
>>> torch.equal(w, layer.weight), torch.equal(b, layer.bias)
(True, True)
>>> reset_linear_(torch.empty(7, 100), torch.empty(7))  # 7 outputs instead of 50: the same bounds #zh: 7 个输出而不是 50 个：界不变
(0.09999999999999999, 0.1)
>>> nn.Linear(100, 7).weight.abs().max() <= 0.1
tensor(True)
>>> _ = torch.manual_seed(0)
>>> conv = nn.Conv2d(4, 8, kernel_size=3)  # a conv weight: fan_in = 4 * 3 * 3 = 36 #zh: 卷积权重：fan_in = 4 * 3 * 3 = 36
>>> cw, cb = torch.empty(8, 4, 3, 3), torch.empty(8)
>>> _ = torch.manual_seed(0)
>>> reset_linear_(cw, cb), torch.equal(cw, conv.weight), torch.equal(cb, conv.bias)
((0.16666666666666663, 0.16666666666666666), True, True)
>>> nn.init.zeros_(layer.bias)[:4]  # zeros only if you ask for them #zh: 想要零偏置就自己设置
tensor([0., 0., 0., 0.], grad_fn=<SliceBackward0>)
"""
