"""On the CPU a class index outside [0, C) raises IndexError at once; indices must be int64 (or uint8).

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.zeros(2, 3)
>>> F.cross_entropy(logits, torch.tensor([0, 3]))  # 3 classes: indices 0, 1, 2 #zh: 3 个类别：索引为 0、1、2
Traceback (most recent call last):
    ...
IndexError: Target 3 is out of bounds.
>>> F.cross_entropy(logits, torch.tensor([0, 2], dtype=torch.int32))  # int32 indices are refused #zh: int32 索引会被拒绝
Traceback (most recent call last):
    ...
RuntimeError: expected target dtype to be Long or Byte, but got Int
>>> F.cross_entropy(logits, torch.tensor([0, 2], dtype=torch.uint8))  # uint8 works for a 2-d input #zh: 二维输入可以用 uint8
tensor(1.0986)
>>> F.cross_entropy(torch.zeros(2, 3, 4), torch.zeros(2, 4, dtype=torch.uint8))  # but not for a 3-d one #zh: 但三维输入不行
Traceback (most recent call last):
    ...
RuntimeError: expected scalar type Long but found Byte
"""
