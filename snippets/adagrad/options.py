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
"""
