"""Closed forms equal torch's schedules; CosineAnnealingLR rises again after T_max; OneCycleLR per batch.

>>> import torch
>>> from torchnotes.optim import cosine_annealing_lr, one_cycle_lr, step_lr, warmup_cosine_lr
>>> def lrs(make, steps):
...     w = torch.nn.Parameter(torch.zeros(1))
...     opt = torch.optim.SGD([w], lr=1.0)
...     scheduler = make(opt)
...     out = [opt.param_groups[0]["lr"]]
...     for _ in range(steps):
...         opt.step()
...         scheduler.step()
...         out.append(opt.param_groups[0]["lr"])
...     return out
>>> def rounded(values):
...     return [round(v, 4) for v in values]
>>> rounded(lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=4), 8))  # down to 0 at 4, back up to 1 at 8 #zh: 第 4 步降到 0，第 8 步又回到 1
[1.0, 0.8536, 0.5, 0.1464, 0.0, 0.1464, 0.5, 0.8536, 1.0]
>>> [round(cosine_annealing_lr(e, 1.0, T_max=4), 4) for e in range(9)]
[1.0, 0.8536, 0.5, 0.1464, 0.0, 0.1464, 0.5, 0.8536, 1.0]
>>> rounded(lrs(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.1), 7)) == rounded([step_lr(e, 1.0, 3) for e in range(8)])
True
>>> def warmup(o):  # 3 epochs of linear warm-up, then a cosine over 4 #zh: 先线性预热 3 轮，再余弦衰减 4 轮
...     first = torch.optim.lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=3)
...     then = torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=4)
...     return torch.optim.lr_scheduler.SequentialLR(o, [first, then], milestones=[3])
>>> rounded(lrs(warmup, 7))
[0.25, 0.5, 0.75, 1.0, 0.8536, 0.5, 0.1464, 0.0]
>>> [round(warmup_cosine_lr(e, 1.0, warmup=3, T_max=4, start_factor=0.25), 4) for e in range(8)]
[0.25, 0.5, 0.75, 1.0, 0.8536, 0.5, 0.1464, 0.0]
>>> torch_values = lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=7), 30)
>>> ours = [cosine_annealing_lr(e, 1.0, T_max=7) for e in range(31)]
>>> max(abs(a - b) for a, b in zip(torch_values, ours))  # torch's recursive update rounds differently #zh: torch 的递推更新舍入方式不同
9.103828801926284e-15
>>> # OneCycleLR: per batch, for exactly total_steps steps; it cycles the momentum too #zh: OneCycleLR：每个批次调用一次，恰好 total_steps 次；它还会循环调整动量
>>> w = torch.nn.Parameter(torch.zeros(1))
>>> opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
>>> scheduler = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=10)
>>> for step in range(10):
...     group = opt.param_groups[0]
...     print(step, round(group["lr"], 4), round(one_cycle_lr(step, 1.0, 10), 4), round(group["momentum"], 4))
...     w.grad = torch.ones(1)
...     opt.step()
...     scheduler.step()
0 0.04 0.04 0.95
1 0.52 0.52 0.9
2 1.0 1.0 0.85
3 0.9505 0.9505 0.855
4 0.8117 0.8117 0.8688
5 0.6113 0.6113 0.8889
6 0.3887 0.3887 0.9111
7 0.1883 0.1883 0.9312
8 0.0495 0.0495 0.945
9 0.0 0.0 0.95
>>> one_cycle_lr(9, 1.0, 10)  # the last step: 1.0 / 25 / 1e4 #zh: 最后一步：1.0 / 25 / 1e4
4e-06
>>> opt.step()
>>> scheduler.step()  # step 11 of a 10-step cycle #zh: 10 步的周期里的第 11 步
Traceback (most recent call last):
    ...
ValueError: Tried to step 11 times. The specified number of total steps is 10
>>> plain = torch.optim.SGD([w], lr=0.1)  # created without momentum #zh: 创建时没有动量
>>> _ = torch.optim.lr_scheduler.OneCycleLR(plain, max_lr=1.0, total_steps=10)
>>> plain.param_groups[0]["momentum"]  # cycle_momentum=True switched it on #zh: cycle_momentum=True 把动量打开了
0.95
>>> plain.step()
>>> list(plain.state[w])  # and SGD now keeps a momentum buffer #zh: SGD 现在保存了动量缓冲区
['momentum_buffer']
>>> adam = torch.optim.Adam([w])
>>> _ = torch.optim.lr_scheduler.OneCycleLR(adam, max_lr=1.0, total_steps=10)
>>> adam.param_groups[0]["betas"]  # for Adam it cycles beta1 #zh: 对 Adam 循环调整的是 beta1
(0.95, 0.999)
>>> torch.optim.lr_scheduler.OneCycleLR(torch.optim.Adagrad([w]), max_lr=1.0, total_steps=10)  # neither #zh: 两者都没有
Traceback (most recent call last):
    ...
ValueError: optimizer must support momentum or beta1 with `cycle_momentum` option enabled
"""
