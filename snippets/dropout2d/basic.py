"""nn.Dropout2d zeroes whole channels of an (N, C, H, W) input and scales the rest by 1 / (1 - p).

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> drop = nn.Dropout2d(p=0.5)
>>> out = drop(torch.ones(2, 4, 3, 3))
>>> out[0, 1], out[0, 2]  # a channel is all 0 or all 2 #zh: 一个通道要么全为 0，要么全为 2
(tensor([[0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.]]), tensor([[2., 2., 2.],
        [2., 2., 2.],
        [2., 2., 2.]]))
>>> out.amax(dim=(2, 3))  # one draw per (sample, channel) #zh: 每个（样本，通道）抽一次
tensor([[0., 0., 2., 0.],
        [0., 0., 2., 2.]])
>>> _ = drop.eval()
>>> torch.equal(drop(out), out)  # evaluation: the identity #zh: 评估模式：原样返回
True
>>> import inspect
>>> inspect.signature(torch.nn.functional.dropout2d)  # the function drops unless told not to #zh: 函数形式默认会丢弃
<Signature (input: torch.Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> torch.Tensor>
"""
