"""A forward pass by hand: each layer is a weighted sum plus a bias, the hidden layer adds a ReLU.

>>> import torch
>>> from torch import nn
>>> from torchnotes.concepts import two_layer_forward
>>> _ = torch.manual_seed(0)
>>> net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
>>> x = torch.tensor([[1.0, -2.0, 0.5]])  # one sample, 3 features #zh: 一个样本，3 个特征
>>> W1, b1, W2, b2 = net[0].weight, net[0].bias, net[2].weight, net[2].bias
>>> W1.shape  # (out_features, in_features): one row per hidden unit #zh: (out_features, in_features)：每个隐藏单元一行
torch.Size([4, 3])
>>> z = x @ W1.T + b1  # hidden layer: 4 weighted sums #zh: 隐藏层：4 个加权和
>>> z
tensor([[-1.4129, -0.2851, -1.1906,  0.4664]], grad_fn=<AddBackward0>)
>>> (W1[0] * x[0]).sum() + b1[0]  # the first of them, written out #zh: 第一个加权和，逐项写出
tensor(-1.4129, grad_fn=<AddBackward0>)
>>> h = torch.relu(z)  # negatives become 0 #zh: 负数变为 0
>>> h
tensor([[0.0000, 0.0000, 0.0000, 0.4664]], grad_fn=<ReluBackward0>)
>>> logits = h @ W2.T + b2  # output layer: no activation #zh: 输出层：不加激活函数
>>> logits
tensor([[-0.1821,  0.2274]], grad_fn=<AddBackward0>)
>>> torch.allclose(logits, net(x)), torch.allclose(logits, two_layer_forward(x, W1, b1, W2, b2))
(True, True)
"""
