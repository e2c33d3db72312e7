"""The everyday use: cut a fused projection into equal parts along the last dim.

>>> import torch
>>> _ = torch.manual_seed(0)
>>> qkv = torch.randn(2, 5, 3 * 4)  # (batch, tokens, 3 * head_dim) #zh: (批次, 词元数, 3 * head_dim)
>>> q, k, v = qkv.chunk(3, dim=-1)
>>> q.shape, k.shape, v.shape
(torch.Size([2, 5, 4]), torch.Size([2, 5, 4]), torch.Size([2, 5, 4]))
>>> torch.equal(k, qkv[..., 4:8])  # the middle third #zh: 中间的三分之一
True
>>> k.data_ptr() == qkv[..., 4:8].data_ptr()  # a view, nothing copied #zh: 是视图，没有复制数据
True
"""
