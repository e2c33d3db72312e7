"""Negative dims, equal ranks, dtype promotion, and the legacy empty tensor that cat skips.

>>> import torch
>>> a = torch.ones(2, 3)
>>> torch.cat([a, torch.zeros(2, 1)], dim=-1).shape  # -1 is the last dim #zh: -1 表示最后一维
torch.Size([2, 4])
>>> torch.cat([a, torch.ones(3)])  # 2-d with 1-d #zh: 二维与一维
Traceback (most recent call last):
    ...
RuntimeError: Tensors must have same number of dimensions: got 2 and 1
>>> torch.cat([torch.ones(2), torch.tensor(5.0)])  # a 0-d scalar #zh: 零维标量
Traceback (most recent call last):
    ...
RuntimeError: zero-dimensional tensor (at position 1) cannot be concatenated
>>> torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])]).dtype  # int64 with float32 #zh: int64 与 float32
torch.float32
>>> torch.cat([torch.tensor([True]), torch.tensor([2])])  # bool joins int as int64 #zh: bool 与 int64 拼接得到 int64
tensor([1, 2])
>>> torch.cat([torch.tensor([1], dtype=torch.uint8), torch.tensor([-1], dtype=torch.int8)])
tensor([ 1, -1], dtype=torch.int16)
>>> torch.cat([torch.tensor([1], dtype=torch.uint16), torch.tensor([1], dtype=torch.int8)])  # uint16 with another integer dtype: refused #zh: uint16 与其他整数类型：被拒绝
Traceback (most recent call last):
    ...
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt16 and Char
>>> torch.cat([torch.tensor([1], dtype=torch.uint16), torch.tensor([0.5])]).dtype  # with a float dtype it promotes #zh: 与浮点类型则可以提升
torch.float32
>>> torch.cat([a, torch.empty(0, 3)]).shape  # an empty (0, 3) follows the normal rule #zh: 空的 (0, 3) 照常参与
torch.Size([2, 3])
>>> torch.cat([a, torch.empty(0)]).shape  # shape (0,) is skipped even though a is 2-d #zh: 形状 (0,) 被跳过，尽管 a 是二维的
torch.Size([2, 3])
>>> torch.cat([a, torch.empty(0)], dim=1).shape  # skipped along any dim #zh: 沿哪一维都会被跳过
torch.Size([2, 3])
>>> torch.cat([a, torch.empty(0, dtype=torch.float64)]).dtype  # skipped, yet its dtype counts #zh: 被跳过，但它的 dtype 仍参与提升
torch.float64
"""
