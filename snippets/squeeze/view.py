"""squeeze returns a view: same data, the other dims keep their sizes and strides.

>>> import torch
>>> from torchnotes.shape import squeeze
>>> x = torch.arange(6.0).reshape(3, 1, 2).transpose(0, 2)  # shape (2, 1, 3), not contiguous #zh: 形状 (2, 1, 3)，不连续
>>> x.stride()
(1, 2, 2)
>>> y = torch.squeeze(x)
>>> y.shape, y.stride(), y.data_ptr() == x.data_ptr()
(torch.Size([2, 3]), (1, 2), True)
>>> y[0, 0] = 100.0  # writes through to x #zh: 写入会反映到 x 上
>>> x[0, 0, 0]
tensor(100.)
>>> r = squeeze(x)  # the reference: same shape, strides and data #zh: 参考实现：形状、步长和数据都相同
>>> r.shape == y.shape, r.stride() == y.stride(), r.data_ptr() == x.data_ptr()
(True, True, True)
>>> squeeze(torch.zeros(1, 3, device="meta")).device
device(type='meta')
"""
