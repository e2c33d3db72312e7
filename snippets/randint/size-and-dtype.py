"""size may be a tuple, a list or a torch.Size; the default dtype is int64 and dtype= picks another.

>>> import torch
>>> g = torch.Generator().manual_seed(0)
>>> torch.randint(0, 10, (3,), generator=g).dtype  # the default #zh: 默认类型
torch.int64
>>> torch.randint(0, 10, [2, 2], generator=g)  # a list works #zh: 列表也可以
tensor([[0, 3],
        [9, 7]])
>>> torch.randint(0, 10, torch.Size([3]), generator=g)
tensor([3, 7, 3])
>>> torch.randint(0, 256, (4,), dtype=torch.uint8, generator=g)  # high=256 still fits: it is excluded #zh: high=256 也行：它本身不会被取到
tensor([ 21, 242,  36,  87], dtype=torch.uint8)
>>> torch.randint(0, 2, (8,), dtype=torch.bool, generator=g)
tensor([False, False, False, False, False,  True, False,  True])
>>> torch.randint(0, 10, (4,), dtype=torch.float32, generator=g)  # whole numbers stored as floats #zh: 以浮点数存储的整数
tensor([1., 4., 4., 1.])
>>> torch.randint(0, 10, (4,), dtype=torch.float8_e4m3fn)  # but not the float8 types #zh: 但 float8 类型不行
Traceback (most recent call last):
    ...
NotImplementedError: "random_update_from_to" not implemented for 'Float8_e4m3fn'
>>> torch.randint(0, 257, (4,), dtype=torch.uint8)  # 256 does not fit in uint8 #zh: 256 超出 uint8 的范围
Traceback (most recent call last):
    ...
RuntimeError: to - 1 is out of bounds for unsigned char
"""
