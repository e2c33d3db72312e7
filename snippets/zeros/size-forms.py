"""zeros takes sizes as separate ints or one tuple; the default dtype is float32.

>>> import torch
>>> torch.zeros(2, 3).shape == torch.zeros((2, 3)).shape
True
>>> torch.zeros(2).dtype
torch.float32
>>> torch.zeros(2, dtype=torch.long)
tensor([0, 0])
>>> x = torch.ones(2, 2, dtype=torch.float64)
>>> torch.zeros_like(x)  # same shape, dtype and device as x
tensor([[0., 0.],
        [0., 0.]], dtype=torch.float64)
>>> x.new_zeros(3)  # same dtype and device, new shape
tensor([0., 0., 0.], dtype=torch.float64)
"""
