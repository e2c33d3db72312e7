"""torch.optim.Adagrad: the state is a running sum of squared gradients; steps shrink like lr / sqrt(k).

>>> import torch
>>> from torchnotes.optim import adagrad
>>> w = torch.nn.Parameter(torch.tensor([0.0, 0.0]))
>>> opt = torch.optim.Adagrad([w], lr=0.1)
>>> for k in range(1, 5):
...     before = w.detach().clone()
...     w.grad = torch.tensor([2.0, 0.01])  # a steady large and a steady tiny gradient #zh: 一个恒定的大梯度和一个恒定的小梯度
...     opt.step()
...     print(k, before - w.detach())
1 tensor([0.1000, 0.1000])
2 tensor([0.0707, 0.0707])
3 tensor([0.0577, 0.0577])
4 tensor([0.0500, 0.0500])
>>> for k in range(5, 101):
...     before = w.detach().clone()
...     w.grad = torch.tensor([2.0, 0.01])
...     opt.step()
>>> before - w.detach()  # step 100: lr / sqrt(100) #zh: 第 100 步：lr / sqrt(100)
tensor([0.0100, 0.0100])
>>> out, state = [torch.tensor([0.0, 0.0])], None
>>> for _ in range(100):
...     out, state = adagrad(out, [torch.tensor([2.0, 0.01])], state, lr=0.1)
>>> torch.equal(out[0], w.detach()), state["step"]
(True, 100)
>>> opt.state[w]["sum"]  # 100 * 4 and 100 * 0.0001 #zh: 100 * 4 与 100 * 0.0001
tensor([4.0000e+02, 1.0000e-02])
"""
