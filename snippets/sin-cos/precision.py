"""Large angles lose precision in float32; the width must be even.

>>> import torch
>>> from torchnotes.math import sinusoidal_encoding
>>> torch.tensor(100000.1)  # float32 cannot hold the .1 #zh: float32 存不下这个 .1
tensor(100000.1016)
>>> torch.sin(torch.tensor(100000.1)), torch.sin(torch.tensor(100000.1, dtype=torch.float64))
(tensor(-0.0658), tensor(-0.0642, dtype=torch.float64))
>>> pe = sinusoidal_encoding(seq_len=100001, dim=8)  # angles in float64, cast at the end #zh: 角度用 float64 计算，最后再转换
>>> pos, i = torch.arange(100001.0)[:, None], torch.arange(0.0, 8, 2)
>>> (torch.sin(pos * 10000 ** (-i / 8)) - pe[:, 0::2]).abs().max()  # angles computed in float32 drift #zh: 用 float32 计算角度会产生偏差
tensor(0.0006)
>>> (torch.sin(pos.double() * 10000 ** (-i.double() / 8)).float() - pe[:, 0::2]).abs().max()  # in float64: no drift #zh: 用 float64 计算：没有偏差
tensor(0.)
>>> sinusoidal_encoding(seq_len=4, dim=5)
Traceback (most recent call last):
    ...
ValueError: sinusoidal_encoding(): dim must be even (sin/cos pairs), got 5
"""
