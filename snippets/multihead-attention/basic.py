"""Self-attention with nn.MultiheadAttention: sequence first by default, weights averaged over heads.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> mha = nn.MultiheadAttention(embed_dim=8, num_heads=2)
>>> x = torch.randn(5, 3, 8)  # (L, batch, embed_dim): batch_first=False by default #zh: （L, 批大小, 嵌入维度）：默认 batch_first=False
>>> out, weights = mha(x, x, x)  # query, key, value #zh: 查询、键、值
>>> out.shape
torch.Size([5, 3, 8])
>>> weights.shape  # (batch, L, S), averaged over the 2 heads #zh: （批大小, L, S），已在 2 个头上取平均
torch.Size([3, 5, 5])
>>> _, per_head = mha(x, x, x, average_attn_weights=False)
>>> per_head.shape  # (batch, heads, L, S) #zh: （批大小, 头数, L, S）
torch.Size([3, 2, 5, 5])
>>> torch.allclose(per_head.mean(dim=1), weights)
True
>>> out, none = mha(x, x, x, need_weights=False)
>>> none is None
True
>>> batch_major = x.transpose(0, 1)  # (batch, L, embed_dim) given to a batch_first=False module #zh: 把（批大小, L, 嵌入维度）交给 batch_first=False 的模块
>>> wrong, _ = mha(batch_major, batch_major, batch_major)  # no error: read as 3 steps of a batch of 5 #zh: 不报错：被当成批大小为 5 的 3 个时间步
>>> wrong.shape, torch.allclose(wrong.transpose(0, 1), out)
(torch.Size([3, 5, 8]), False)
>>> [(name, tuple(p.shape)) for name, p in mha.named_parameters()]  # q, k, v stacked in one matrix #zh: q、k、v 的投影叠在一个矩阵里
[('in_proj_weight', (24, 8)), ('in_proj_bias', (24,)), ('out_proj.weight', (8, 8)), ('out_proj.bias', (8,))]
"""
