"""relu passes NaN through, and relu_ (inplace=True) overwrites a tensor autograd may still need.

>>> import torch
>>> torch.relu(torch.tensor([float("nan"), -1.0]))  # NaN is not "negative" #zh: NaN 不算「负数」
tensor([nan, 0.])
>>> a = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
>>> s = torch.sigmoid(a)  # sigmoid saves its output for backward #zh: sigmoid 为反向传播保存了自己的输出
>>> _ = torch.nn.ReLU(inplace=True)(s)  # ...which relu_ now overwrites #zh: ……而 relu_ 把它原地改写了
>>> s.sum().backward()
Traceback (most recent call last):
    ...
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
>>> try:  # the error's type differs across releases, its message does not #zh: 异常类型因版本而异，消息相同
...     torch.relu(torch.tensor([True, False]))
... except (NotImplementedError, RuntimeError) as error:
...     print(type(error).__name__, error)
NotImplementedError Boolean inputs not supported for relu
"""
