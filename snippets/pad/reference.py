"""The reference pad (constant mode) equals F.pad, follows the input's device and names a bad pad.

>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.shape import pad
>>> x = torch.arange(6).reshape(2, 3)
>>> torch.equal(pad(x, (1, -1, 0, 2), value=9), F.pad(x, (1, -1, 0, 2), value=9))
True
>>> F.pad(x, (-1, 0)).data_ptr() == x[:, 1:].data_ptr()  # F.pad crops into a new tensor, not a view #zh: F.pad 裁剪得到的是新张量，不是视图
False
>>> pad(torch.ones(2, 3, device="meta"), (1, 1))  # a meta tensor holds no data #zh: meta 张量不存数据
tensor(..., device='meta', size=(2, 5))
>>> pad(torch.ones(2), (2**62, 0))  # too large: the message blames pad #zh: 太大：报错指向 pad
Traceback (most recent call last):
    ...
ValueError: pad(): pad (4611686018427387904, 0) gives an output of shape (4611686018427387906,) that cannot be allocated: Storage size calculation overflowed with sizes=[4611686018427387906]
>>> pad(torch.ones(2, dtype=torch.uint8), (1, 1), value=300)
Traceback (most recent call last):
    ...
ValueError: pad(): value 300 does not fit dtype torch.uint8
"""
