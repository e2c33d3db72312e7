"""On a feature map, nn.Dropout drops single pixels; nn.Dropout2d drops channels.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> fmap = torch.ones(1, 3, 2, 4)
>>> nn.Dropout(p=0.5)(fmap)[0, 0]  # pixels dropped one by one #zh: 像素被逐个丢弃
tensor([[0., 0., 2., 0.],
        [0., 0., 2., 2.]])
>>> out = nn.Dropout2d(p=0.5)(fmap)
>>> out[0, 0], out[0, 1]  # whole maps dropped or kept #zh: 整张特征图被丢弃或保留
(tensor([[2., 2., 2., 2.],
        [2., 2., 2., 2.]]), tensor([[0., 0., 0., 0.],
        [0., 0., 0., 0.]]))
"""
