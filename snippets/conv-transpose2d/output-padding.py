"""A strided conv maps several sizes to one; output_padding or output_size picks which comes back.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> down = nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)
>>> down(torch.randn(1, 1, 7, 7)).shape, down(torch.randn(1, 1, 8, 8)).shape  # 7 and 8 both give 4 #zh: 7 和 8 都变成 4
(torch.Size([1, 1, 4, 4]), torch.Size([1, 1, 4, 4]))
>>> x = torch.randn(1, 1, 4, 4)
>>> nn.ConvTranspose2d(1, 1, 3, stride=2)(x).shape  # size (4 - 1) * 2 + 3 = 9 #zh: 尺寸为 (4 - 1) * 2 + 3 = 9
torch.Size([1, 1, 9, 9])
>>> nn.ConvTranspose2d(1, 1, 3, stride=2, dilation=2)(x).shape  # (4 - 1) * 2 + 2 * (3 - 1) + 1 = 11 #zh: 尺寸为 (4 - 1) * 2 + 2 * (3 - 1) + 1 = 11
torch.Size([1, 1, 11, 11])
>>> nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1)(x).shape  # padding crops 1 per border #zh: padding 在每条边上裁掉 1
torch.Size([1, 1, 7, 7])
>>> full = nn.ConvTranspose2d(1, 1, 3, stride=2)
>>> cropped = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1)
>>> cropped.load_state_dict(full.state_dict())  # the same weight and bias #zh: 权重和偏置相同
<All keys matched successfully>
>>> torch.equal(cropped(x), full(x)[..., 1:-1, 1:-1])  # the same values, one border row and column removed #zh: 数值相同，只是每条边去掉了一行一列
True
>>> nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, output_padding=1)(x).shape
torch.Size([1, 1, 8, 8])
>>> nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1)(x, output_size=[8, 8]).shape  # or ask for the size #zh: 或者直接指定尺寸
torch.Size([1, 1, 8, 8])
>>> nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, output_padding=2)(x)  # must be smaller than stride #zh: 必须小于 stride
Traceback (most recent call last):
    ...
RuntimeError: output padding must be smaller than either stride or dilation, but got output_padding_height: 2 output_padding_width: 2 stride_height: 2 stride_width: 2 dilation_height: 1 dilation_width: 1
>>> nn.ConvTranspose2d(1, 1, 3, stride=1, dilation=2, output_padding=1)(x).shape  # or smaller than dilation #zh: 或者小于 dilation
torch.Size([1, 1, 9, 9])
"""
