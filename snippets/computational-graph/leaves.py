"""Every tensor that no recorded op produced is a leaf; only leaves that require grad get an AccumulateGrad node and a .grad.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Linear(2, 1)
>>> inputs, target = torch.randn(4, 2), torch.randn(4, 1)
>>> loss = nn.MSELoss()(model(inputs), target)
>>> loss.grad_fn.name()  # node names end in a number #zh: 节点名以数字结尾
'MseLossBackward0'
>>> [t.is_leaf for t in (inputs, target, model.weight, model.bias)]  # data is a leaf too #zh: 数据同样是叶子张量
[True, True, True, True]
>>> [t.requires_grad for t in (inputs, target, model.weight, model.bias)]
[False, False, True, True]
>>> loss.backward()
>>> inputs.grad is None, model.weight.grad is not None
(True, True)
>>> model.weight.detach().is_leaf  # detach() makes a new leaf #zh: detach() 得到一个新的叶子张量
True
>>> inputs.requires_grad_()  # an input can require grad and receive one #zh: 输入也可以需要梯度并得到梯度
tensor([[0.3643, 0.1344],
        [0.1642, 0.3058],
        [0.2100, 0.9056],
        [0.6035, 0.8110]], requires_grad=True)
>>> nn.MSELoss()(model(inputs), target).backward()
>>> inputs.grad.shape
torch.Size([4, 2])
"""
