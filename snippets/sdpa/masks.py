"""A bool mask keeps the True pairs, a float mask is added, is_causal is a lower-triangular bool mask.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q, k, v = torch.randn(1, 3, 4), torch.randn(1, 3, 4), torch.randn(1, 3, 2)
>>> keep = torch.tensor([True, True, False])  # True = this key takes part #zh: True 表示这个键参与注意力
>>> torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=keep),
...                F.scaled_dot_product_attention(q, k[:, :2], v[:, :2]), atol=1e-6)
True
>>> bias = torch.tensor([0.0, 0.0, float("-inf")])  # a float mask is added to the scores #zh: 浮点掩码会加到分数上
>>> torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=bias),
...                F.scaled_dot_product_attention(q, k, v, attn_mask=keep), atol=1e-6)
True
>>> shift = torch.tensor([0.0, 1.0, -2.0])  # finite values shift the scores #zh: 有限的值会平移分数
>>> by_hand = torch.softmax(q @ k.transpose(-2, -1) / 2 + shift, dim=-1) @ v  # scale 1 / sqrt(4) #zh: 缩放因子为 1 / sqrt(4)
>>> torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=shift), by_hand, atol=1e-6)
True
>>> causal = torch.ones(3, 3, dtype=torch.bool).tril()
>>> causal
tensor([[ True, False, False],
        [ True,  True, False],
        [ True,  True,  True]])
>>> torch.allclose(F.scaled_dot_product_attention(q, k, v, is_causal=True),
...                F.scaled_dot_product_attention(q, k, v, attn_mask=causal), atol=1e-6)
True
>>> k4, v4 = torch.randn(1, 4, 4), torch.randn(1, 4, 2)
>>> torch.ones(2, 4, dtype=torch.bool).tril()  # 2 queries, 4 keys: the triangle starts at the top left #zh: 2 个查询、4 个键：三角从左上角开始
tensor([[ True, False, False, False],
        [ True,  True, False, False]])
>>> torch.allclose(F.scaled_dot_product_attention(q[:, :2], k4, v4, is_causal=True),
...                F.scaled_dot_product_attention(q[:, :2], k4, v4,
...                                               attn_mask=torch.ones(2, 4, dtype=torch.bool).tril()), atol=1e-6)
True
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=keep, is_causal=True)
Traceback (most recent call last):
    ...
RuntimeError: _scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True
>>> q4, k4, v4 = q[None], k[None], k[None]  # 4-d (batch, heads, L, E) inputs with Ev == E #zh: 四维 (批大小, 头数, L, E) 输入，且 Ev == E
>>> torch.allclose(F.scaled_dot_product_attention(q4, k4, v4, attn_mask=keep.expand(3, 3), is_causal=True),
...                F.scaled_dot_product_attention(q4, k4, v4, attn_mask=causal & keep), atol=1e-6)
Traceback (most recent call last):
    ...
RuntimeError: _scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True
>>> mha = torch.nn.MultiheadAttention(embed_dim=4, num_heads=1, batch_first=True)
>>> mha(q, k, k, attn_mask=keep.expand(3, 3))[1][0]  # the same mask in nn.MultiheadAttention: True hides a key #zh: 同一个掩码交给 nn.MultiheadAttention：True 表示屏蔽这个键
tensor([[0., 0., 1.],
        [0., 0., 1.],
        [0., 0., 1.]], grad_fn=<SelectBackward0>)
"""
