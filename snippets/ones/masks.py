"""ones builds masks and initial values; ones_like copies shape and dtype.

>>> import torch
>>> torch.ones(2, 3)
tensor([[1., 1., 1.],
        [1., 1., 1.]])
>>> mask = torch.ones(4, dtype=torch.bool)
>>> mask[2] = False
>>> mask
tensor([ True,  True, False,  True])
>>> torch.ones_like(torch.zeros(2, dtype=torch.int32))
tensor([1, 1], dtype=torch.int32)
>>> torch.tril(torch.ones(3, 3))  # a causal mask for attention
tensor([[1., 0., 0.],
        [1., 1., 0.],
        [1., 1., 1.]])
>>> torch.full((2,), 7.0)  # any constant: full
tensor([7., 7.])
"""
