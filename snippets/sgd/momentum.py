"""Momentum keeps a buffer: b = g on the first step, then b = 0.9 * b + g; the step is lr * b.

>>> import torch
>>> from torchnotes.optim import sgd
>>> p, g = torch.tensor([1.0, -2.0]), torch.tensor([0.5, 0.5])
>>> out, state = [p], None
>>> for step in range(3):
...     out, state = sgd(out, [g], state, lr=0.1, momentum=0.9)
...     print(step, out[0], state["momentum_buffer"][0])
0 tensor([ 0.9500, -2.0500]) tensor([0.5000, 0.5000])
1 tensor([ 0.8550, -2.1450]) tensor([0.9500, 0.9500])
2 tensor([ 0.7195, -2.2805]) tensor([1.3550, 1.3550])
>>> w2 = torch.nn.Parameter(p.clone())
>>> opt2 = torch.optim.SGD([w2], lr=0.1, momentum=0.9)
>>> for _ in range(3):
...     w2.grad = g.clone()
...     opt2.step()
>>> torch.equal(w2.detach(), out[0])  # bit-equal to torch.optim.SGD #zh: 与 torch.optim.SGD 逐位相同
True
>>> torch.equal(opt2.state[w2]["momentum_buffer"], state["momentum_buffer"][0])  # torch keeps the buffer in optimizer.state #zh: torch 把缓冲区保存在 optimizer.state 中
True
>>> sgd([p], [g], lr=0.1, momentum=0.9, dampening=0.5)[1]  # step 1 copies g whole: no dampening yet #zh: 第一步整份复制 g：dampening 尚未起作用
{'momentum_buffer': [tensor([0.5000, 0.5000])]}
>>> damped, dstate = sgd([p], [g], lr=0.1, momentum=0.9, dampening=0.5)
>>> sgd(damped, [g], dstate, lr=0.1, momentum=0.9, dampening=0.5)[1]  # step 2: 0.9 * 0.5 + (1 - 0.5) * 0.5 #zh: 第二步：0.9 * 0.5 + (1 - 0.5) * 0.5
{'momentum_buffer': [tensor([0.7000, 0.7000])]}
>>> wd = torch.nn.Parameter(p.clone())
>>> optd = torch.optim.SGD([wd], lr=0.1, momentum=0.9, dampening=0.5)
>>> for _ in range(2):
...     wd.grad = g.clone()
...     optd.step()
...     print(optd.state[wd]["momentum_buffer"])  # torch: 0.5 (whole g), then 0.7 #zh: torch：先是 0.5（整份 g），然后是 0.7
tensor([0.5000, 0.5000])
tensor([0.7000, 0.7000])
>>> w3 = torch.nn.Parameter(p.clone())
>>> opt3 = torch.optim.SGD([w3], lr=0.1, momentum=0.9, nesterov=True)
>>> nest, nstate = [p], None
>>> for _ in range(3):
...     w3.grad = g.clone()
...     opt3.step()
...     nest, nstate = sgd(nest, [g], nstate, lr=0.1, momentum=0.9, nesterov=True)
>>> nest[0], torch.equal(w3.detach(), nest[0])  # Nesterov steps with g + 0.9 * b #zh: Nesterov 用 g + 0.9 * b 更新
(tensor([ 0.5975, -2.4025]), True)
>>> torch.optim.SGD([w3], lr=0.1, nesterov=True)  # Nesterov without momentum #zh: 没有动量的 Nesterov
Traceback (most recent call last):
    ...
ValueError: Nesterov momentum requires a momentum and zero dampening
>>> torch.optim.SGD([w3], lr=0.1, momentum=0.9, dampening=0.1, nesterov=True)  # Nesterov with dampening #zh: 带 dampening 的 Nesterov
Traceback (most recent call last):
    ...
ValueError: Nesterov momentum requires a momentum and zero dampening
>>> sgd([p], [g], lr=0.1, momentum=0.9, dampening=0.1, nesterov=True)
Traceback (most recent call last):
    ...
ValueError: sgd(): nesterov=True needs momentum > 0 and dampening == 0, got momentum=0.9, dampening=0.1
"""
