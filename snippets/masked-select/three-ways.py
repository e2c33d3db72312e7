"""gather, index_select and masked_select on the same tensor: what each keeps of the shape.

>>> import torch
>>> x = torch.tensor([[10, 11, 12],
...                   [20, 21, 22]])
>>> torch.gather(x, 1, torch.tensor([[2], [0]]))  # one pick per row: shape of index #zh: 每行取一个：形状与 index 相同
tensor([[12],
        [20]])
>>> torch.index_select(x, 1, torch.tensor([2, 0]))  # whole columns: (2, 2) #zh: 取整列：(2, 2)
tensor([[12, 10],
        [22, 20]])
>>> torch.masked_select(x, x % 2 == 0)  # any number per row: flattened to 1-d #zh: 每行个数不定：展平成一维
tensor([10, 12, 20, 22])
"""
