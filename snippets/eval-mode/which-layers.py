"""eval() only changes layers that read the training flag, such as Dropout, BatchNorm and RReLU; Linear and LayerNorm ignore it.

>>> import torch
>>> from torch import nn
>>> from torchnotes.containers import compare_modes
>>> x = torch.arange(8.0).reshape(4, 2)
>>> for layer in [nn.Linear(2, 2), nn.LayerNorm(2), nn.ReLU(), nn.Dropout(0.5), nn.BatchNorm1d(2)]:
...     print(type(layer).__name__, compare_modes(layer, x)["differs"])
Linear False
LayerNorm False
ReLU False
Dropout True
BatchNorm1d True
>>> compare_modes(nn.RReLU(), -x)["differs"]  # RReLU reads the flag: random negative slopes in training #zh: RReLU 会读取该标志：训练模式下负半轴斜率是随机的
True
>>> nn.RReLU().eval()(torch.tensor([-1.0]))  # evaluation: the fixed slope (lower + upper) / 2 #zh: 评估模式：固定斜率 (lower + upper) / 2
tensor([-0.2292])
>>> drop = nn.Dropout(0.5)
>>> _ = torch.manual_seed(0)
>>> drop(torch.ones(8))  # training: zeroes and scales the rest by 1/(1-p) #zh: 训练模式：置零，其余元素乘以 1/(1-p)
tensor([0., 0., 2., 0., 0., 0., 2., 2.])
>>> drop.eval()(torch.ones(8))  # evaluation: the identity #zh: 评估模式：原样输出
tensor([1., 1., 1., 1., 1., 1., 1., 1.])
>>> net = nn.Sequential(nn.Linear(2, 2), nn.Dropout())
>>> net.eval() is net, net.training, net[1].training  # recursive, returns the module #zh: 递归设置，返回模块本身
(True, False, False)
>>> import inspect
>>> "return self.train(False)" in inspect.getsource(nn.Module.eval)  # eval() is train(False) #zh: eval() 就是 train(False)
True
"""
