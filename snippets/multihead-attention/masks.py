"""In nn.MultiheadAttention a True in a bool mask means "do not attend", the opposite of F.scaled_dot_product_attention.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
>>> x = torch.randn(2, 4, 4)  # 2 sequences of length 4 #zh: 2 条长度为 4 的序列
>>> pad = torch.tensor([[False, False, False, False],
...                     [False, False, True, True]])  # True = padding, ignore this key #zh: True 表示填充，忽略这个键
>>> _, weights = mha(x, x, x, key_padding_mask=pad)
>>> weights[1]  # the padded keys 2 and 3 get no weight #zh: 填充的键 2 和 3 没有权重
tensor([[0.5363, 0.4637, 0.0000, 0.0000],
        [0.5205, 0.4795, 0.0000, 0.0000],
        [0.4645, 0.5355, 0.0000, 0.0000],
        [0.4610, 0.5390, 0.0000, 0.0000]], grad_fn=<SelectBackward0>)
>>> q, k, v = torch.randn(1, 2, 4), torch.randn(1, 4, 4), torch.randn(1, 4, 4)
>>> hidden = F.scaled_dot_product_attention(q, k, v, attn_mask=~pad[1])  # sdpa: True = attend, so invert #zh: sdpa 里 True 表示参与注意力，所以要取反
>>> torch.allclose(hidden, F.scaled_dot_product_attention(q, k[:, :2], v[:, :2]), atol=1e-6)
True
>>> causal = nn.Transformer.generate_square_subsequent_mask(4)  # a float mask: -inf above the diagonal #zh: 浮点掩码：对角线以上为 -inf
>>> causal
tensor([[0., -inf, -inf, -inf],
        [0., 0., -inf, -inf],
        [0., 0., 0., -inf],
        [0., 0., 0., 0.]])
>>> _, weights = mha(x, x, x, attn_mask=causal)
>>> weights[0]  # query i sees keys 0..i #zh: 查询 i 只看到键 0..i
tensor([[1.0000, 0.0000, 0.0000, 0.0000],
        [0.7253, 0.2747, 0.0000, 0.0000],
        [0.3369, 0.3484, 0.3147, 0.0000],
        [0.2196, 0.4171, 0.2452, 0.1181]], grad_fn=<SelectBackward0>)
>>> bool_causal = torch.ones(4, 4, dtype=torch.bool).triu(diagonal=1)  # the same mask as bool: True above the diagonal #zh: 同一个掩码的布尔形式：对角线以上为 True
>>> torch.allclose(mha(x, x, x, attn_mask=bool_causal)[0], mha(x, x, x, attn_mask=causal)[0], atol=1e-6)
True
>>> per_pair = bool_causal.expand(2 * 2, 4, 4)  # or one mask per (sequence, head): (N * num_heads, L, S) #zh: 也可以每个（序列, 头）一个掩码：(N * num_heads, L, S)
>>> torch.allclose(mha(x, x, x, attn_mask=per_pair)[0], mha(x, x, x, attn_mask=causal)[0], atol=1e-6)
True
"""
