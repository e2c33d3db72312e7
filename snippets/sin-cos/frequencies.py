"""Each column pair turns at its own frequency, and a shift by k positions is one fixed rotation per pair.

>>> import torch
>>> from torchnotes.math import sinusoidal_encoding
>>> pe = sinusoidal_encoding(seq_len=50, dim=8).double()
>>> torch.atan2(pe[1, 0::2], pe[1, 1::2])  # radians per position: 1, then down to 10000 ** (-6 / 8) #zh: 每个位置转过的弧度：从 1 降到 10000 ** (-6 / 8)
tensor([1.0000e+00, 1.0000e-01, 1.0000e-02, 1.0000e-03], dtype=torch.float64)
>>> 10000 ** (-6 / 8)
0.001
>>> 10000 ** (-(512 - 2) / 512), 1 / 10000  # for d = 512 the last pair is close to 1 / 10000 #zh: d = 512 时最后一对接近 1 / 10000
(0.0001036632928437698, 0.0001)
>>> k, w = 5, torch.tensor([1.0, 0.1, 0.01, 0.001], dtype=torch.float64)
>>> sin, cos = pe[:-k, 0::2], pe[:-k, 1::2]
>>> # sin(a + kw) = sin(a) cos(kw) + cos(a) sin(kw), the same for every position a #zh: 对每个位置 a 都成立
>>> torch.allclose(pe[k:, 0::2], sin * torch.cos(k * w) + cos * torch.sin(k * w), atol=1e-6)
True
>>> torch.allclose(pe[k:, 1::2], cos * torch.cos(k * w) - sin * torch.sin(k * w), atol=1e-6)
True
"""
