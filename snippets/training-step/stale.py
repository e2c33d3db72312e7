"""step() before backward() applies the previous batch's gradient; deeper models refuse.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Linear(2, 1)
>>> opt = torch.optim.SGD(model.parameters(), lr=0.1)
>>> batches = [(torch.randn(4, 2), torch.randn(4, 1)) for _ in range(2)]
>>> start = model.weight.detach().clone()
>>> for i, (x, y) in enumerate(batches):  # wrong: forward, step, zero_grad, backward #zh: 错误顺序：前向、step、zero_grad、反向
...     loss = F.mse_loss(model(x), y)
...     opt.step()
...     print(i, torch.equal(model.weight, start))
...     opt.zero_grad()
...     loss.backward()
...     if i == 0:
...         first_grad = model.weight.grad.clone()
0 True
1 False
>>> torch.allclose(model.weight, start - 0.1 * first_grad)  # step 2 applied batch 1's gradient #zh: 第 2 步用的是第 1 个批次的梯度
True
>>> deep = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
>>> opt = torch.optim.SGD(deep.parameters(), lr=0.1)
>>> x, y = batches[0]
>>> F.mse_loss(deep(x), y).backward()
>>> loss = F.mse_loss(deep(x), y)
>>> opt.step()  # changes weights the new graph saved for its backward #zh: 修改了新计算图为反向传播保存的权重
>>> loss.backward()
Traceback (most recent call last):
    ...
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3, 1]], which is output 0 of AsStrided, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
"""
