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
>>> none = torch.tensor([[True, True, True], [False, False, False], [True, True, True]])
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=none)[0, 1]  # a query with no key left gets zeros #zh: 没有任何键可看的查询得到 0
tensor([0., 0.])
>>> torch.softmax(torch.full((3,), float("-inf")), dim=0)  # a plain softmax would give NaN #zh: 普通的 softmax 会得到 NaN
tensor([nan, nan, nan])
"""
