"""zeros takes the size as separate ints or as one tuple/list/torch.Size; the default dtype is float32.

>>> import torch
>>> torch.zeros(2, 3).shape == torch.zeros((2, 3)).shape == torch.zeros([2, 3]).shape
True
>>> x = torch.ones(2, 2, dtype=torch.float64)
>>> torch.zeros(x.shape)  # a torch.Size is a tuple too; only the shape comes from x
tensor([[0., 0.],
        [0., 0.]])
>>> torch.zeros(()).shape  # the empty tuple: a 0-d tensor
torch.Size([])
>>> torch.zeros_like(x)  # shape, dtype and device of x
tensor([[0., 0.],
        [0., 0.]], dtype=torch.float64)
>>> x.new_zeros(3)  # dtype and device of x, a new shape
tensor([0., 0., 0.], dtype=torch.float64)
"""
