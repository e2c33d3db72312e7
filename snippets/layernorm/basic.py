"""LayerNorm normalizes each sample over its last dimensions; gamma and beta have normalized_shape.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> x = torch.randn(2, 3, 4) * 5 + 3  # (batch, tokens, features) #zh: （批次，词元，特征）
>>> ln = nn.LayerNorm(4)
>>> ln  # the defaults #zh: 默认值
LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)
>>> out = ln(x)
>>> out.mean(dim=-1).abs().max() < 1e-6  # every token centred #zh: 每个词元都被中心化
tensor(True)
>>> out.var(dim=-1, unbiased=False)
tensor([[1.0000, 1.0000, 1.0000],
        [1.0000, 1.0000, 1.0000]], grad_fn=<VarBackward0>)
>>> ln.weight.shape, ln.bias.shape  # one gamma and beta per feature #zh: 每个特征一个 gamma 和 beta
(torch.Size([4]), torch.Size([4]))
>>> nn.LayerNorm((3, 4)).weight.shape  # over the last two dims #zh: 在最后两维上归一化
torch.Size([3, 4])
"""
