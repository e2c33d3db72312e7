"""Large angles lose precision in float32; the width must be even.

>>> import torch
>>> from torchnotes.math import sinusoidal_encoding
>>> torch.tensor(100000.1)  # float32 cannot hold the .1 #zh: float32 存不下这个 .1
tensor(100000.1016)
>>> torch.sin(torch.tensor(100000.1)), torch.sin(torch.tensor(100000.1, dtype=torch.float64))
(tensor(-0.0658), tensor(-0.0642, dtype=torch.float64))
>>> sinusoidal_encoding(seq_len=4, dim=5)
Traceback (most recent call last):
    ...
ValueError: sinusoidal_encoding(): dim must be even (sin/cos pairs), got 5
"""
