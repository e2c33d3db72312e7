"""ones builds masks and initial values; ones_like copies shape, dtype and device.

>>> import torch
>>> torch.ones(2, 3)
tensor([[1., 1., 1.],
        [1., 1., 1.]])
>>> torch.ones(2, 3).dtype  # the default dtype, like zeros #zh: 与 zeros 一样是默认数据类型
torch.float32
>>> mask = torch.ones(4, dtype=torch.bool)
>>> mask[2] = False
>>> mask
tensor([ True,  True, False,  True])
>>> like = torch.ones_like(torch.zeros(2, dtype=torch.int32, device="meta"))
>>> like.shape, like.dtype, like.device
(torch.Size([2]), torch.int32, device(type='meta'))
>>> torch.tril(torch.ones(3, 3))  # a causal mask for attention #zh: 注意力的因果掩码
tensor([[1., 0., 0.],
        [1., 1., 0.],
        [1., 1., 1.]])
>>> torch.full((2,), 7.0)  # any constant: full #zh: 任意常数：用 full
tensor([7., 7.])
"""
