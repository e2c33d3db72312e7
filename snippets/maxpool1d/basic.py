"""MaxPool1d keeps the largest value of each window along the last dimension.

>>> import torch
>>> from torch import nn
>>> x = torch.tensor([[[1.0, 5.0, 2.0, 2.0, 7.0]]])  # shape (N, C, L) #zh: 形状为 (N, C, L)
>>> pool = nn.MaxPool1d(kernel_size=2)  # stride defaults to kernel_size #zh: stride 默认等于 kernel_size
>>> pool
MaxPool1d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
>>> pool(x)  # the leftover 7 is dropped #zh: 剩下的 7 被丢掉了
tensor([[[5., 2.]]])
>>> nn.MaxPool1d(2, ceil_mode=True)(x)  # one more, partial window #zh: 多出一个不完整的窗口
tensor([[[5., 2., 7.]]])
>>> nn.MaxPool1d(2, padding=1, ceil_mode=True)(x)  # ceil((5 + 2 - 2) / 2) + 1 = 4, but a 4th window would start in the right padding #zh: ceil((5 + 2 - 2) / 2) + 1 = 4，但第 4 个窗口会从右侧填充区开始
tensor([[[1., 5., 7.]]])
>>> nn.MaxPool1d(2, return_indices=True)(x)  # where each maximum was #zh: 每个最大值所在的位置
(tensor([[[5., 2.]]]), tensor([[[1, 2]]]))
>>> nn.MaxPool1d(3, stride=1, padding=1)(-x)  # padding is -inf, never picked #zh: 填充值是 -inf，永远不会被选中
tensor([[[-1., -1., -2., -2., -2.]]])
>>> nn.MaxPool1d(2, padding=2)(x)  # at most kernel_size // 2 #zh: 最多为 kernel_size // 2
Traceback (most recent call last):
    ...
RuntimeError: max_pool1d() padding should be at most half of kernel size, but got padding=2 and kernel_size=2
>>> nn.MaxPool1d(2)(torch.tensor([[[1.0, float("nan"), float("nan"), 1.0]]]))  # a NaN wins, wherever it is #zh: NaN 会胜出，无论它在窗口的哪个位置
tensor([[[nan, nan]]])
>>> nn.MaxPool1d(2)(torch.randn(8, 16, 10)).shape  # each channel on its own #zh: 每个通道各自池化
torch.Size([8, 16, 5])
>>> nn.MaxPool1d(2)(x[0])  # an unbatched (C, L) input #zh: 不带批次维度的 (C, L) 输入
tensor([[5., 2.]])
>>> seq = torch.randn(8, 10, 16)  # (batch, length=10, features=16) #zh: （批大小，长度=10，特征数=16）
>>> nn.MaxPool1d(2)(seq).shape  # no error, but the features were pooled #zh: 不报错，但池化的是特征维
torch.Size([8, 10, 8])
>>> nn.MaxPool1d(2)(seq.transpose(1, 2)).shape  # (batch, features, length): the length is pooled #zh: （批大小，特征数，长度）：池化的是长度
torch.Size([8, 16, 5])
"""
