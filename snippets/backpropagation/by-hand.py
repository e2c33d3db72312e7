"""Backpropagation by hand gives the gradients that loss.backward() stores in .grad.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch import nn
>>> from torchnotes.concepts import two_layer_backward
>>> _ = torch.manual_seed(0)
>>> net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
>>> x, target = torch.randn(8, 3), torch.randn(8, 2)
>>> loss = F.mse_loss(net(x), target)
>>> loss.backward()  # the method is backward (there is no background) #zh: 方法名是 backward（没有 background）
>>> grads = two_layer_backward(x, target, net[0].weight, net[0].bias, net[2].weight, net[2].bias)
>>> torch.allclose(grads["loss"], loss)
True
>>> all(torch.allclose(grads[k], p.grad) for k, p in
...     [("weight1", net[0].weight), ("bias1", net[0].bias), ("weight2", net[2].weight), ("bias2", net[2].bias)])
True
>>> net[2].weight.grad.shape == net[2].weight.shape  # one gradient per weight #zh: 每个权重一个梯度
True
>>> hasattr(loss, "background")
False
>>> x_in = x.clone().requires_grad_()  # the input's gradient too: dL/dx = dL/dz W1 #zh: 输入的梯度也一样：dL/dx = dL/dz W1
>>> F.mse_loss(net(x_in), target).backward()
>>> torch.allclose(grads["input"], x_in.grad)
True
"""
