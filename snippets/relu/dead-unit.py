"""A unit whose inputs are all negative passes no gradient: its weights stop learning.

>>> import torch
>>> _ = torch.manual_seed(0)
>>> layer = torch.nn.Linear(3, 1)
>>> with torch.no_grad():
...     _ = layer.bias.fill_(-10.0)  # every pre-activation is now negative #zh: 现在所有激活前的值都是负数
>>> x = torch.randn(4, 3)
>>> layer(x).squeeze(1)  # before relu #zh: relu 之前
tensor([ -9.2992, -10.2672,  -9.8383, -10.7891], grad_fn=<SqueezeBackward1>)
>>> out = torch.relu(layer(x))
>>> out.squeeze(1)
tensor([0., 0., 0., 0.], grad_fn=<SqueezeBackward1>)
>>> out.sum().backward()
>>> layer.weight.grad, layer.bias.grad  # exactly zero #zh: 恰好为零
(tensor([[0., 0., 0.]]), tensor([0.]))
>>> before = layer.weight.detach().clone()
>>> torch.optim.SGD(layer.parameters(), lr=0.1).step()  # a plain gradient step #zh: 一次普通的梯度下降
>>> torch.equal(layer.weight, before), layer.bias.detach()  # changes nothing #zh: 什么都没变
(True, tensor([-10.]))
>>> torch.optim.SGD(layer.parameters(), lr=0.1, weight_decay=0.1).step()  # weight decay needs no gradient #zh: 权重衰减不需要梯度
>>> layer.bias.detach()
tensor([-9.9000])
>>> z = torch.tensor([-9.0, -10.0], requires_grad=True)  # pre-activations like the ones above #zh: 与上面类似的激活前的值
>>> torch.sigmoid(z).sum().backward()
>>> z.grad  # sigmoid's gradient there is small but not 0 #zh: sigmoid 在这里的梯度很小，但不为 0
tensor([1.2338e-04, 4.5396e-05])
"""
