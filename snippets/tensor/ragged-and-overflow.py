"""Nested lists must be rectangular, read along the first element of each level; without dtype, ints must fit in int64.

>>> import torch
>>> from torchnotes.tensors import infer_dtype
>>> torch.tensor([[1, 2], [3]])  # every row must have the length of the first #zh: 每一行的长度都必须与第一行相同
Traceback (most recent call last):
    ...
ValueError: expected sequence of length 2 at dim 1 (got 1)
>>> infer_dtype([[1, 2], [3]])  # the reference names the offending position #zh: 参考实现会指出出错的位置
Traceback (most recent call last):
    ...
ValueError: infer_dtype(): ragged nesting: data[1] has length 1, expected 2 like data[0]
>>> torch.tensor([[], [1, 2]]).shape  # an empty first row: torch checks no other element's shape #zh: 第一行为空时，torch 不再检查其余元素的形状
torch.Size([2, 0])
>>> torch.tensor([[], 5]).shape  # not even a number in place of a row is noticed #zh: 连用一个数代替一行也不会被发现
torch.Size([2, 0])
>>> torch.tensor([2**63])  # one past the largest int64 #zh: 比 int64 的最大值还大 1
Traceback (most recent call last):
    ...
ValueError: Overflow when unpacking long long
>>> torch.tensor([2**63, 0.5]).dtype  # a float in the data makes the result floating point #zh: 数据里有浮点数时，结果是浮点类型
torch.float32
>>> torch.tensor([2**63], dtype=torch.uint64), torch.tensor([2**63], dtype=torch.float64)  # or a dtype that holds it #zh: 或者传一个放得下它的 dtype
(tensor([9223372036854775808], dtype=torch.uint64), tensor([9.2234e+18], dtype=torch.float64))
>>> torch.tensor([10**39, 0.5])  # too large for float32: inf, silently #zh: 超出 float32 的范围：悄悄变成 inf
tensor([   inf, 0.5000])
"""
