r"""make_dot draws the autograd graph of one tensor, not the model: no modules, nothing under no_grad, no frozen weights.

>>> import torch
>>> from torch import nn
>>> from torchnotes.profiling import to_dot
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
>>> x = torch.randn(4, 3)
>>> def boxes(dot):
...     labels = [line.split('label="')[1].split('"')[0] for line in dot.splitlines() if "label=" in line]
...     return sorted(label.replace(r"\n", " ").strip() for label in labels)
>>> boxes(to_dot(model(x).sum()))  # backward nodes, not Linear/ReLU modules #zh: 是反向节点，而不是 Linear/ReLU 模块
['()', '(1)', '(1, 2)', '(2)', '(2, 3)', 'AccumulateGrad', 'AccumulateGrad', 'AccumulateGrad', 'AccumulateGrad', 'AddmmBackward0', 'AddmmBackward0', 'ReluBackward0', 'SumBackward0', 'TBackward0', 'TBackward0']
>>> with torch.no_grad():
...     out = model(x).sum()
>>> boxes(to_dot(out))  # no graph was recorded: only the output tensor #zh: 没有记录计算图：只剩输出张量
['()']
>>> model[0].requires_grad_(False)  # freeze the first layer #zh: 冻结第一层
Linear(in_features=3, out_features=2, bias=True)
>>> boxes(to_dot(model(x).sum()))  # the first layer's nodes and leaves are gone #zh: 第一层的节点和叶子张量都不见了
['()', '(1)', '(1, 2)', 'AccumulateGrad', 'AccumulateGrad', 'AddmmBackward0', 'SumBackward0', 'TBackward0']
"""
