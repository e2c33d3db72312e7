"""The fill value is converted to the tensor's dtype; a value the dtype cannot hold is an error.

>>> import torch
>>> import torch.nn.functional as F
>>> ids = torch.tensor([5, 6, 7])
>>> F.pad(ids, (0, 2), value=0.5)  # int64: 0.5 becomes 0 #zh: int64：0.5 变成 0
tensor([5, 6, 7, 0, 0])
>>> F.pad(ids, (0, 2), value=-1)
tensor([ 5,  6,  7, -1, -1])
>>> F.pad(ids, (0, 1), value=2**53 + 1)  # read as a float first #zh: 先按浮点数读入
tensor([               5,                6,                7, 9007199254740992])
>>> F.pad(ids.to(torch.uint8), (0, 2), value=300)
Traceback (most recent call last):
    ...
RuntimeError: value cannot be converted to type uint8_t without overflow
>>> F.pad(ids.to(torch.uint8), (-1, 0), value=300).tolist()  # nothing padded, nothing filled #zh: 没有填充，就不会用到填充值
[6, 7]
>>> from torch.nn.utils.rnn import pad_sequence
>>> pad_sequence([torch.tensor([1, 2, 3]), torch.tensor([4])], batch_first=True, padding_value=-1)
tensor([[ 1,  2,  3],
        [ 4, -1, -1]])
"""
