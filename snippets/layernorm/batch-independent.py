"""LayerNorm keeps no running statistics: the batch plays no part and eval changes nothing.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> ln = nn.LayerNorm(4)
>>> x = torch.randn(5, 4)
>>> torch.allclose(ln(x)[:1], ln(x[:1]))  # one sample alone: the same output #zh: 单独一个样本：输出相同
True
>>> list(ln.buffers())  # no running statistics #zh: 没有运行统计量
[]
>>> torch.equal(ln.train()(x), ln.eval()(x))
True
>>> bn = nn.BatchNorm1d(4)
>>> torch.allclose(bn(x)[:2], bn(x[:2]))  # BatchNorm in training: depends on the batch #zh: 训练中的 BatchNorm：取决于批次
False
"""
