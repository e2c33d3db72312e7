"""initial_accumulator_value starts the sum above zero; lr_decay divides lr by 1 + (step - 1) * lr_decay.

>>> import torch
>>> from torchnotes.optim import adagrad
>>> p, g = [torch.tensor([0.0])], [torch.tensor([0.01])]
>>> adagrad(p, g, lr=1.0)[0]  # a tiny gradient still moves by lr on step 1 #zh: 第一步即使梯度很小也移动 lr
[tensor([-1.])]
>>> adagrad(p, g, lr=1.0, initial_accumulator_value=1.0)[0]  # 0.01 / sqrt(1 + 0.0001) #zh: 步长为 0.01 / sqrt(1 + 0.0001)
[tensor([-0.0100])]
>>> out, state = p, None
>>> for step in range(1, 4):
...     out, state = adagrad(out, [torch.tensor([1.0])], state, lr=1.0, lr_decay=1.0, eps=0.0)
...     print(step, out[0])
1 tensor([-1.])
2 tensor([-1.3536])
3 tensor([-1.5460])
>>> w = torch.nn.Parameter(torch.tensor([0.0]))
>>> opt = torch.optim.Adagrad([w], lr=1.0, lr_decay=1.0, eps=0.0)
>>> for _ in range(3):
...     w.grad = torch.tensor([1.0])
...     opt.step()
>>> torch.equal(w.detach(), out[0])
True
>>> v = torch.nn.Parameter(torch.tensor([1.0]))
>>> opt = torch.optim.Adagrad([v], lr=0.1, weight_decay=0.5)
>>> v.grad = torch.zeros(1)  # no gradient: only the L2 term 0.5 * p #zh: 没有梯度：只有 L2 项 0.5 * p
>>> opt.step()
>>> v, opt.state[v]["sum"]  # moved by a full lr; the term entered the sum #zh: 移动了完整的 lr；该项进入了累加和
(Parameter containing:
tensor([0.9000], requires_grad=True), tensor([0.2500]))
>>> adagrad([torch.tensor([1.0])], [torch.zeros(1)], lr=0.1, weight_decay=0.5)[0]
[tensor([0.9000])]
"""
