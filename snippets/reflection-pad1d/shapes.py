"""ReflectionPad1d wants a 2-d or 3-d input, pads its last dimension only, and refuses some dtypes on the CPU.

>>> import torch
>>> from torch import nn
>>> pad = nn.ReflectionPad1d(1)
>>> pad(torch.zeros(8, 3, 5)).shape  # (N, C, L) -> (N, C, L + 2) #zh: (N, C, L) 变为 (N, C, L + 2)
torch.Size([8, 3, 7])
>>> pad(torch.arange(5.0))  # a 1-d signal needs a channel dim #zh: 一维信号要先加上通道维
Traceback (most recent call last):
    ...
NotImplementedError: Padding size 2 is not supported for 1D input tensor.
Supported combinations for non-constant padding:
  - 2D or 3D input: padding size = 2 (pads last dimension)
  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)
  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)
>>> pad(torch.arange(5.0).unsqueeze(0))
tensor([[1., 0., 1., 2., 3., 4., 3.]])
>>> pad(torch.tensor([[True, False, True]]))  # bool is not padded #zh: bool 张量不能填充
Traceback (most recent call last):
    ...
NotImplementedError: "reflection_pad1d" not implemented for 'Bool'
>>> for dtype in (torch.uint16, torch.uint32, torch.uint64, torch.float8_e4m3fn, torch.float8_e5m2):  # nor are these #zh: 这些数据类型也不行
...     try:
...         pad(torch.ones(1, 3).to(dtype))
...     except NotImplementedError as error:
...         print(error)
"reflection_pad1d" not implemented for 'UInt16'
"reflection_pad1d" not implemented for 'UInt32'
"reflection_pad1d" not implemented for 'UInt64'
"reflection_pad1d" not implemented for 'Float8_e4m3fn'
"reflection_pad1d" not implemented for 'Float8_e5m2'
"""
