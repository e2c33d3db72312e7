"""Element-wise add and mul broadcast: shapes align from the right and size-1 dims stretch.

>>> import torch
>>> from torchnotes.math import broadcast_shape
>>> col = torch.tensor([[1], [2], [3]])  # (3, 1) #zh: 形状 (3, 1)
>>> row = torch.tensor([10, 20])  # (2,) #zh: 形状 (2,)
>>> col + row  # (3, 1) with (2,) -> (3, 2) #zh: (3, 1) 与 (2,) 得到 (3, 2)
tensor([[11, 21],
        [12, 22],
        [13, 23]])
>>> broadcast_shape((3, 1), (2,)), broadcast_shape((4, 3, 2), (3, 1)), broadcast_shape((0,), (1,))
((3, 2), (4, 3, 2), (0,))
>>> torch.broadcast_shapes((3, 1), (2,)), torch.broadcast_shapes((4, 3, 2), (3, 1)), torch.broadcast_shapes((0,), (1,))
(torch.Size([3, 2]), torch.Size([4, 3, 2]), torch.Size([0]))
>>> torch.broadcast_shapes(3, (2, 1)), broadcast_shape(3, (2, 1))  # a bare int n is the shape (n,) #zh: 单独的整数 n 表示形状 (n,)
(torch.Size([2, 3]), (2, 3))
>>> torch.broadcast_to(col, (3, 2)).stride()  # stride 0: the column is stretched, not copied #zh: 步长为 0：这一列是被拉伸的，没有复制
(1, 0)
>>> torch.add(col, row, alpha=2)  # col + 2 * row #zh: 即 col + 2 * row
tensor([[21, 41],
        [22, 42],
        [23, 43]])
>>> torch.mul(torch.tensor([1, 2]), torch.tensor([3, 4]))  # element-wise, not a dot product #zh: 逐元素相乘，不是点积
tensor([3, 8])
>>> v = torch.tensor([1.0, 2.0, 3.0])
>>> (v + v.unsqueeze(1)).shape  # (3,) with (3, 1): silently (3, 3) #zh: (3,) 与 (3, 1)：悄悄变成 (3, 3)
torch.Size([3, 3])
>>> torch.ones(2, 3) + torch.ones(3, 2)
Traceback (most recent call last):
    ...
RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
"""
