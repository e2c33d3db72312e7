"""The forward pass also runs during training, and there it records the graph that backward walks.

>>> import torch
>>> from torch import nn
>>> net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
>>> out = net(torch.ones(1, 3))
>>> type(out.grad_fn).__name__  # recorded for backward #zh: 为反向传播记录了计算图
'AddmmBackward0'
>>> [type(node).__name__ for node, _ in out.grad_fn.next_functions]  # back to the earlier operations and the parameters #zh: 指回前面的运算和参数
['AccumulateGrad', 'ReluBackward0', 'TBackward0']
>>> with torch.no_grad():  # prediction only: nothing recorded #zh: 只做预测：不记录任何东西
...     out = net(torch.ones(1, 3))
>>> out.grad_fn is None
True
>>> with torch.inference_mode():  # nothing recorded either #zh: 同样不记录
...     out = net(torch.ones(1, 3))
>>> out.grad_fn is None
True
>>> _ = net.eval()
>>> net(torch.ones(1, 3)).grad_fn is None  # eval() does not stop the recording #zh: eval() 不会停止记录
False
"""
