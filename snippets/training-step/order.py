"""zero_grad() between backward() and step() erases the gradients: the step changes nothing.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Linear(2, 1)
>>> opt = torch.optim.SGD(model.parameters(), lr=0.1)
>>> x, y = torch.randn(8, 2), torch.randn(8, 1)
>>> loss = F.mse_loss(model(x), y)
>>> loss.backward()
>>> model.weight.grad  # backward has filled .grad #zh: 反向传播已经填充了 .grad
tensor([[-0.1134, -0.6265]])
>>> before = model.weight.detach().clone()
>>> opt.zero_grad()  # wrong place: right before step #zh: 位置错误：紧挨在 step 之前
>>> print(model.weight.grad)  # set_to_none=True is the default #zh: 默认 set_to_none=True
None
>>> opt.step()  # a parameter without .grad is skipped #zh: 没有 .grad 的参数被跳过
>>> torch.equal(model.weight, before)  # nothing was learned #zh: 什么也没学到
True
"""
