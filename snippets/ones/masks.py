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
>>> causal = torch.tril(torch.ones(3, 3, dtype=torch.bool))  # a causal mask for attention: True = may attend #zh: 注意力的因果掩码：True 表示可以关注
>>> causal
tensor([[ True, False, False],
        [ True,  True, False],
        [ True,  True,  True]])
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q, k, v = torch.randn(3, 1, 3, 4).unbind(0)
>>> ref = F.scaled_dot_product_attention(q, k, v, is_causal=True)
>>> torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=causal), ref)
True
>>> torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=torch.tril(torch.ones(3, 3))), ref)  # float 1s and 0s mask nothing #zh: 浮点的 1 和 0 遮不住任何位置
False
>>> scores = q @ k.transpose(-2, -1) / 2  # scaled by 1/sqrt(4) #zh: 按 1/sqrt(4) 缩放
>>> added = torch.softmax(scores + torch.tril(torch.ones(3, 3)), dim=-1)  # a float mask is added to the scores #zh: 浮点掩码被加到分数上
>>> torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=torch.tril(torch.ones(3, 3))), added @ v, atol=1e-6), bool((added > 0).all())  # no weight is zero #zh: 没有一个权重是 0
(True, True)
>>> torch.full((2,), 7.0)  # any constant: full #zh: 任意常数：用 full
tensor([7., 7.])
"""
