"""index may be int64 or int32; smaller integer types and values out of range raise.

>>> import torch
>>> src = torch.tensor([[10, 11, 12],
...                     [20, 21, 22]])
>>> torch.gather(src, 1, torch.tensor([[2], [0]], dtype=torch.int32))  # int32 works #zh: int32 可以用
tensor([[12],
        [20]])
>>> torch.gather(src, 1, torch.tensor([[2], [0]], dtype=torch.int16))  # int16 does not #zh: int16 不行
Traceback (most recent call last):
    ...
RuntimeError: gather(): Expected dtype int32/int64 for index
>>> torch.gather(src, 1, torch.tensor([[3], [0]]))  # values must lie in [0, 3) #zh: 索引值必须落在 [0, 3) 内
Traceback (most recent call last):
    ...
RuntimeError: index 3 is out of bounds for dimension 1 with size 3
"""
