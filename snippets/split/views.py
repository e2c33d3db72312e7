"""The pieces are views of the input: writing into one writes into the input.

>>> import torch
>>> x = torch.arange(10)
>>> parts = torch.split(x, 4)
>>> parts[1].data_ptr() == x[4:].data_ptr()  # the second piece starts at x[4] #zh: 第二块从 x[4] 开始
True
>>> parts[1][0] = 100  # in place, through the piece #zh: 通过块原地修改
>>> x
tensor([  0,   1,   2,   3, 100,   5,   6,   7,   8,   9])
>>> own = parts[2].clone()  # an independent copy #zh: 独立的副本
>>> own[0] = -1
>>> x[8]
tensor(8)
"""
