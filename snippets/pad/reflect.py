"""Besides constant there are reflect, replicate and circular; reflect needs pad < size.

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.arange(4.0).reshape(1, 4)  # (channels, width) #zh: (通道, 宽度)
>>> F.pad(x, (2, 2), mode="reflect")  # mirror, without repeating the edge #zh: 镜像，不重复边缘值
tensor([[2., 1., 0., 1., 2., 3., 2., 1.]])
>>> F.pad(x, (2, 2), mode="replicate")  # repeat the edge value #zh: 重复边缘值
tensor([[0., 0., 0., 1., 2., 3., 3., 3.]])
>>> F.pad(x, (2, 2), mode="circular")  # wrap around #zh: 循环取值
tensor([[2., 3., 0., 1., 2., 3., 0., 1.]])
>>> F.pad(x, (3, 3), mode="reflect").shape  # 3 < 4 is still fine #zh: 3 < 4，仍然可以
torch.Size([1, 10])
>>> F.pad(x, (4, 0), mode="reflect")
Traceback (most recent call last):
    ...
RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (4, 0) at dimension 1 of input [1, 4]
>>> F.pad(torch.arange(4.0), (2, 2), mode="reflect")  # 1-d: no channel dimension #zh: 一维：没有通道维
Traceback (most recent call last):
    ...
NotImplementedError: Padding size 2 is not supported for 1D input tensor.
Supported combinations for non-constant padding:
  - 2D or 3D input: padding size = 2 (pads last dimension)
  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)
  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)
>>> F.pad(torch.zeros(1, 1, 1, 4), (2, 2), mode="replicate")  # 4-d with one padded dim #zh: 四维，只填充一维
Traceback (most recent call last):
    ...
NotImplementedError: Padding size 2 is not supported for 4D input tensor.
Supported combinations for non-constant padding:
  - 2D or 3D input: padding size = 2 (pads last dimension)
  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)
  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)
"""
