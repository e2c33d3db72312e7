"""zero_grad -> forward -> backward -> step, by hand and with train_step; accumulation and clipping.

>>> import copy
>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.optim import train_step
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Linear(2, 1)
>>> twin = copy.deepcopy(model)
>>> opt = torch.optim.SGD(model.parameters(), lr=0.1)
>>> x, y = torch.randn(8, 2), torch.randn(8, 1)
>>> for _ in range(3):
...     opt.zero_grad()  # 1. clear the old gradients #zh: 1. 清除旧梯度
...     loss = F.mse_loss(model(x), y)  # 2. forward #zh: 2. 前向传播
...     loss.backward()  # 3. backward fills .grad #zh: 3. 反向传播填充 .grad
...     opt.step()  # 4. update with .grad #zh: 4. 用 .grad 更新参数
...     print(round(loss.item(), 4))
1.9178
1.5588
1.3354
>>> model.weight.grad is None  # step() left the last gradient in .grad #zh: step() 把最后一次的梯度留在了 .grad 中
False
>>> twin_opt = torch.optim.SGD(twin.parameters(), lr=0.1)
>>> [round(train_step(twin, F.mse_loss, twin_opt, [(x, y)]), 4) for _ in range(3)]  # the same four calls #zh: 同样的四个调用
[1.9178, 1.5588, 1.3354]
>>> torch.equal(model.weight, twin.weight)
True
>>> # backward() adds to .grad: without zero_grad, gradients pile up #zh: backward() 会累加到 .grad：不调用 zero_grad，梯度就会叠加
>>> model.zero_grad()
>>> F.mse_loss(model(x), y).backward()
>>> once = model.weight.grad.clone()
>>> F.mse_loss(model(x), y).backward()
>>> torch.allclose(model.weight.grad, 2 * once)
True
>>> # on purpose that is gradient accumulation: two halves, one step #zh: 有意为之就是梯度累积：两个半批次，只走一步
>>> a, b = copy.deepcopy(model), copy.deepcopy(model)
>>> opt_a = torch.optim.SGD(a.parameters(), lr=0.1)
>>> opt_b = torch.optim.SGD(b.parameters(), lr=0.1)
>>> whole = train_step(a, F.mse_loss, opt_a, [(x, y)])
>>> halves = train_step(b, F.mse_loss, opt_b, [(x[:4], y[:4]), (x[4:], y[4:])])
>>> round(whole, 4), round(halves, 4), torch.allclose(a.weight, b.weight)
(1.1957, 1.1957, True)
>>> c = copy.deepcopy(model)
>>> opt_c = torch.optim.SGD(c.parameters(), lr=0.1)
>>> _ = train_step(c, F.mse_loss, opt_c, [(x, y)], max_norm=0.01)  # clip the gradient norm to 0.01 #zh: 把梯度范数裁剪到 0.01
>>> round(torch.cat([p.grad.flatten() for p in c.parameters()]).norm().item(), 4)
0.01
>>> model.zero_grad()
>>> for xb, yb in [(x[:4], y[:4]), (x[4:], y[4:])]:  # two halves, losses not scaled #zh: 两个半批次，损失未缩放
...     F.mse_loss(model(xb), yb).backward()
>>> torch.allclose(model.weight.grad, 2 * once)  # twice the full-batch gradient #zh: 全批次梯度的两倍
True
"""
