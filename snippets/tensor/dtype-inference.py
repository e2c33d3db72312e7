"""torch.tensor infers the dtype from the data: bool < int < float < complex, the highest kind wins.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import infer_dtype
>>> torch.tensor([True, False]).dtype, torch.tensor([1, 2]).dtype
(torch.bool, torch.int64)
>>> torch.tensor([1, 2.5]).dtype  # one float makes everything the default float
torch.float32
>>> torch.tensor([1, 2j]).dtype
torch.complex64
>>> torch.tensor([[1, 2], [3, 4]], dtype=torch.float64)  # dtype= skips inference
tensor([[1., 2.],
        [3., 4.]], dtype=torch.float64)
>>> # NumPy scalars are not Python floats: they bring their own dtype along
>>> torch.tensor([np.float64(0.5), 1.0]).dtype
torch.float64
>>> torch.tensor([[1, 2], [3]])  # every row must have the same length
Traceback (most recent call last):
    ...
ValueError: expected sequence of length 2 at dim 1 (got 1)
>>> infer_dtype([[1, 2], [3]])  # the reference names the offending position
Traceback (most recent call last):
    ...
ValueError: infer_dtype(): ragged nesting: data[1] has length 1, expected 2 like data[0]
"""
