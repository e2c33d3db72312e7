"""DDP in two CPU processes gives the gradient of one process on the whole batch, up to rounding.

>>> import torch
>>> from torch import nn
>>> from torch.nn import functional as F
>>> from torchnotes.distributed import ddp_gradients
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
>>> x, y = torch.randn(8, 3), torch.randn(8, 1)
>>> grads = ddp_gradients(model, x, y, world_size=2)  # rank r gets rows 4r .. 4r+3 #zh: rank r 拿到第 4r 到 4r+3 行
>>> grads[0]["0.bias"]
tensor([ 0.1229,  0.2426, -0.2992, -0.1488])
>>> torch.equal(grads[0]["0.bias"], grads[1]["0.bias"])  # both ranks hold the same gradient #zh: 两个 rank 的梯度完全相同
True
>>> F.mse_loss(model(x), y).backward()  # one process, the whole batch #zh: 单进程、整个批次
>>> model[0].bias.grad
tensor([ 0.1229,  0.2426, -0.2992, -0.1488])
>>> all(torch.allclose(grads[0][name], p.grad) for name, p in model.named_parameters())
True
"""
