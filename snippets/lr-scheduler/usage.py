"""Step the scheduler once per epoch, after the optimizer; get_last_lr() is the lr in use.

>>> import torch
>>> w = torch.nn.Parameter(torch.zeros(1))
>>> opt = torch.optim.SGD([w], lr=0.1)
>>> scheduler = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
>>> for epoch in range(5):
...     for batch in range(3):  # the batches of the epoch #zh: 这一轮的各个批次
...         w.grad = torch.ones(1)
...         opt.step()
...     scheduler.step()  # once per epoch, after the optimizer #zh: 每轮一次，在优化器之后
...     print(epoch, scheduler.get_last_lr(), opt.param_groups[0]["lr"])
0 [0.1] 0.1
1 [0.05] 0.05
2 [0.05] 0.05
3 [0.025] 0.025
4 [0.025] 0.025
>>> groups = [{"params": [w]}, {"params": [torch.nn.Parameter(torch.zeros(1))], "lr": 1.0}]
>>> torch.optim.lr_scheduler.StepLR(torch.optim.SGD(groups, lr=0.1), step_size=2).get_last_lr()  # one entry per parameter group #zh: 每个参数组一项
[0.1, 1.0]
"""
