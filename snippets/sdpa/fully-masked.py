"""On the CPU, a query whose keys are all masked gets a zero output, where a plain softmax gives NaN.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q, k, v = torch.randn(1, 3, 4), torch.randn(1, 3, 4), torch.randn(1, 3, 2)
>>> mask = torch.tensor([[True, True, True], [False, False, False], [True, False, True]])  # query 1 may see no key #zh: 查询 1 一个键也看不到
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=mask)[0, 1]  # zeros, not NaN #zh: 得到 0，而不是 NaN
tensor([0., 0.])
>>> scores = (q @ k.transpose(-2, -1) / 2).masked_fill(~mask, float("-inf"))
>>> torch.softmax(scores, dim=-1)[0, 1]  # a plain softmax over nothing: NaN #zh: 对空集合做普通 softmax：NaN
tensor([nan, nan, nan])
>>> bias = torch.zeros(3, 3).masked_fill(~mask, float("-inf"))  # the same mask as a float -inf mask #zh: 同一个掩码写成浮点 -inf 掩码
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=bias)[0, 1]
tensor([0., 0.])
>>> F.scaled_dot_product_attention(q[None], k[None], k[None], attn_mask=mask)[0, 0, 1]  # 4-d inputs with Ev == E: zeros too #zh: 四维输入且 Ev == E：同样是 0
tensor([0., 0., 0., 0.])
"""
