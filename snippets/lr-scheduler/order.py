"""The learning rate moves only in scheduler.step(), one position per call.

>>> import torch
>>> import warnings
>>> w = torch.nn.Parameter(torch.zeros(1))
>>> opt = torch.optim.SGD([w], lr=0.1)
>>> scheduler = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
>>> for _ in range(10):
...     w.grad = torch.ones(1)
...     opt.step()
>>> opt.param_groups[0]["lr"]  # ten optimizer steps: unchanged #zh: 优化器走了十步：学习率不变
0.1
>>> for batch in range(4):  # stepped per batch instead of per epoch #zh: 每个批次调用一次，而不是每轮一次
...     opt.step()
...     scheduler.step()
>>> opt.param_groups[0]["lr"]  # two decays after four batches #zh: 四个批次后已经衰减了两次
0.025
>>> warm_opt = torch.optim.SGD([w], lr=0.1)
>>> _ = torch.optim.lr_scheduler.LinearLR(warm_opt, start_factor=0.5, total_iters=4)
>>> warm_opt.param_groups[0]["lr"]  # creating a warm-up already sets its first value #zh: 创建预热调度器时就已设置了它的第一个值
0.05
>>> fresh = torch.optim.SGD([w], lr=0.1)
>>> early = torch.optim.lr_scheduler.StepLR(fresh, step_size=1, gamma=0.5)
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     early.step()  # before any optimizer.step(): torch warns #zh: 在任何 optimizer.step() 之前调用：torch 会发出警告
>>> print(str(caught[0].message)[:70])
Detected call of `lr_scheduler.step()` before `optimizer.step()`. In P
>>> fresh.param_groups[0]["lr"]  # and the first value of the schedule is skipped #zh: 而且调度的第一个值被跳过了
0.05
"""
