"""Float zeros cannot index; int64 and int32 tensors index, bool (and deprecated uint8) tensors mask.

>>> import warnings
>>> import torch
>>> scores = torch.tensor([10, 20, 30])
>>> scores[torch.zeros(2)]  # float32 zeros #zh: float32 类型的零
Traceback (most recent call last):
    ...
IndexError: tensors used as indices must be long, int, byte or bool tensors
>>> scores[torch.zeros(2, dtype=torch.long)], scores[torch.zeros(2, dtype=torch.int32)]
(tensor([10, 10]), tensor([10, 10]))
>>> scores[torch.zeros(2, dtype=torch.int16)]  # other integer dtypes are refused #zh: 其他整数类型会被拒绝
Traceback (most recent call last):
    ...
IndexError: tensors used as indices must be long, int, byte or bool tensors
>>> scores[torch.tensor([True, False, True])]  # bool: a mask, not positions #zh: bool 张量是掩码，而不是位置
tensor([10, 30])
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     picked = scores[torch.tensor([1, 0, 1], dtype=torch.uint8)]  # uint8 is read as a mask too #zh: uint8 也被当作掩码
>>> picked, str(caught[0].message).split(" (")[0]
(tensor([10, 30]), 'indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead.')
>>> scores[torch.tensor([2, 0], dtype=torch.uint8)]  # so uint8 positions fail #zh: 所以用 uint8 写位置会出错
Traceback (most recent call last):
    ...
IndexError: The shape of the mask [2] at index 0 does not match the shape of the indexed tensor [3] at index 0
"""
