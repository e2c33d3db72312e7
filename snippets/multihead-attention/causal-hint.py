"""is_causal is only a hint about attn_mask; what a query with every key masked gives depends on torch's path.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True).eval()
>>> x = torch.randn(2, 3, 4)
>>> mha(x, x, x, is_causal=True)  # the mask itself must still be passed #zh: 掩码本身仍然要传入
Traceback (most recent call last):
    ...
RuntimeError: Need attn_mask if specifying the is_causal hint. You may use the Transformer module method `generate_square_subsequent_mask` to create this mask.
>>> pad = torch.tensor([[False, False, True], [True, True, True]])  # the second sequence is all padding #zh: 第二条序列全是填充
>>> out, weights = mha(x, x, x, key_padding_mask=pad)
>>> out[1]  # need_weights=True: softmax over nothing gives NaN #zh: need_weights=True：对空集合做 softmax 得到 NaN
tensor([[nan, nan, nan, nan],
        [nan, nan, nan, nan],
        [nan, nan, nan, nan]], grad_fn=<SelectBackward0>)
>>> out, _ = mha(x, x, x, key_padding_mask=pad, need_weights=False)
>>> out[1]  # need_weights=False goes through scaled_dot_product_attention: zeros #zh: need_weights=False 时经过 scaled_dot_product_attention：得到 0
tensor([[0., 0., 0., 0.],
        [0., 0., 0., 0.],
        [0., 0., 0., 0.]], grad_fn=<SelectBackward0>)
>>> with torch.no_grad():  # eval + batch_first + no_grad: torch's fused inference path #zh: eval + batch_first + no_grad：torch 的融合推理路径
...     out, _ = mha(x, x, x, key_padding_mask=pad, need_weights=False)
>>> out[1]
tensor([[nan, nan, nan, nan],
        [nan, nan, nan, nan],
        [nan, nan, nan, nan]])
"""
