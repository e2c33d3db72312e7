"""A 3-d input is read as (N, C, L), not as an unbatched image (C, H, W): rows are dropped.

>>> import torch
>>> import warnings
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> image = torch.ones(2, 3, 4)  # meant as one image: C=2, H=3, W=4 #zh: 本意是一张图：C=2, H=3, W=4
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     out = nn.Dropout2d(p=0.5)(image)
>>> out[0], out[1]  # whole rows dropped, channels mixed #zh: 丢弃的是整行，通道并不完整
(tensor([[0., 0., 0., 0.],
        [0., 0., 0., 0.],
        [2., 2., 2., 2.]]), tensor([[0., 0., 0., 0.],
        [0., 0., 0., 0.],
        [0., 0., 0., 0.]]))
>>> print(caught[0].message)  # torch warns, and says this will change #zh: torch 会给出警告，并说明这一行为将来会改变
dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will change in a future release to interpret the input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using dropout1d instead.
>>> out = nn.Dropout2d(p=0.5)(image.unsqueeze(0))[0]  # add the batch dim yourself #zh: 自己加上批次维度
>>> out.amax(dim=(1, 2)), out.amin(dim=(1, 2))
(tensor([2., 2.]), tensor([2., 2.]))
"""
