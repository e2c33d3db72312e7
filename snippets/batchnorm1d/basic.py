"""BatchNorm1d normalizes each channel over the batch; gamma and beta are its only parameters.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> bn = nn.BatchNorm1d(num_features=3)
>>> bn.eps, bn.momentum, bn.affine, bn.track_running_stats  # the defaults #zh: 默认值
(1e-05, 0.1, True, True)
>>> [name for name, _ in bn.named_parameters()]  # gamma and beta, learned #zh: gamma 和 beta，可学习
['weight', 'bias']
>>> [name for name, _ in bn.named_buffers()]  # statistics, not learned #zh: 统计量，不参与学习
['running_mean', 'running_var', 'num_batches_tracked']
>>> list(bn.state_dict())  # both are saved #zh: 两者都会保存
['weight', 'bias', 'running_mean', 'running_var', 'num_batches_tracked']
>>> x = torch.randn(8, 3) * 5 + 2  # (N, C); (N, C, L) works too #zh: (N, C)；(N, C, L) 也可以
>>> out = bn(x)  # a new module is in training mode #zh: 新建的模块处于训练模式
>>> out.mean(dim=0).abs().max() < 1e-6, out.var(dim=0, unbiased=False)  # per channel #zh: 逐通道
(tensor(True), tensor([1.0000, 1.0000, 1.0000], grad_fn=<VarBackward0>))
>>> out3 = bn(torch.randn(4, 3, 10) * 5 + 2)  # (N, C, L): statistics over N and L #zh: (N, C, L)：在 N 和 L 上求统计量
>>> out3.shape, out3.mean(dim=(0, 2)).abs().max() < 1e-6
(torch.Size([4, 3, 10]), tensor(True))
"""
