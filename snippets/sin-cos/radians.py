"""sin and cos take radians; the Transformer position encoding pairs them per frequency.

>>> import torch
>>> from torchnotes.math import sinusoidal_encoding
>>> torch.sin(torch.tensor([90.0]))  # 90 radians, not degrees #zh: 90 弧度，不是 90 度
tensor([0.8940])
>>> torch.sin(torch.deg2rad(torch.tensor([90.0])))
tensor([1.])
>>> pe = sinusoidal_encoding(seq_len=50, dim=8)
>>> pe.shape, pe.dtype
(torch.Size([50, 8]), torch.float32)
>>> pe[:3, :4]  # position 0 is (0, 1, 0, 1, ...) #zh: 位置 0 是 (0, 1, 0, 1, ...)
tensor([[ 0.0000,  1.0000,  0.0000,  1.0000],
        [ 0.8415,  0.5403,  0.0998,  0.9950],
        [ 0.9093, -0.4161,  0.1987,  0.9801]])
>>> (pe[:, 0::2] ** 2 + pe[:, 1::2] ** 2).allclose(torch.ones(50, 4))  # sin^2 + cos^2 = 1 #zh: 即 sin^2 + cos^2 = 1
True
>>> tokens = torch.zeros(2, 50, 8)  # (batch, seq_len, d) #zh: (批次, seq_len, d)
>>> (tokens + pe).shape  # broadcast over the batch #zh: 在批次维度上广播
torch.Size([2, 50, 8])
"""
