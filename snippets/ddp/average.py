"""DDP averages gradients over the ranks; a summed loss therefore gives half the gradient with 2 ranks.

>>> import functools
>>> import torch
>>> from torch import nn
>>> from torch.nn import functional as F
>>> from torchnotes.distributed import ddp_gradients
>>> _ = torch.manual_seed(0)
>>> model = nn.Linear(3, 1)
>>> x, y = torch.randn(4, 3), torch.randn(4, 1)
>>> summed = functools.partial(F.mse_loss, reduction="sum")
>>> grads = ddp_gradients(model, x, y, world_size=2, loss_fn=summed)
>>> summed(model(x), y).backward()  # one process, the whole batch #zh: 单进程、整个批次
>>> grads[0]["weight"]
tensor([[-2.3024,  1.6745, -4.0715]])
>>> model.weight.grad
tensor([[-4.6047,  3.3489, -8.1429]])
>>> torch.allclose(grads[0]["weight"], model.weight.grad / 2)  # the average (g0 + g1) / 2 #zh: 取平均 (g0 + g1) / 2
True
"""
