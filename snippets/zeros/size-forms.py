"""zeros takes the size as separate ints or as one tuple/list/torch.Size; the default dtype is float32.

>>> import torch
>>> torch.zeros(2, 3).shape == torch.zeros((2, 3)).shape == torch.zeros([2, 3]).shape
True
>>> x = torch.ones(2, 2, dtype=torch.float64)
>>> torch.zeros(x.shape)  # a torch.Size is a tuple too; only the shape comes from x #zh: torch.Size 也是元组；这里只从 x 取形状
tensor([[0., 0.],
        [0., 0.]])
>>> torch.zeros(()).shape  # the empty tuple: a 0-d tensor #zh: 空元组：0 维张量
torch.Size([])
>>> torch.zeros()  # but some size is required #zh: 但总得给出形状
Traceback (most recent call last):
    ...
TypeError: zeros() missing 1 required positional arguments: "size"
>>> torch.zeros_like(x)  # shape, dtype and device of x #zh: 形状、数据类型和设备都取自 x
tensor([[0., 0.],
        [0., 0.]], dtype=torch.float64)
>>> x.new_zeros(3)  # dtype and device of x, a new shape #zh: 数据类型和设备取自 x，形状另给
tensor([0., 0., 0.], dtype=torch.float64)
"""
