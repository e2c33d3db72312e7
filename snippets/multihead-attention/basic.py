"""Self-attention with nn.MultiheadAttention: sequence first by default, weights averaged over heads.

>>> import torch
>>> import torch.nn.functional as F
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
>>> q, k, v = (x @ mha.in_proj_weight.T + mha.in_proj_bias).chunk(3, dim=-1)  # the blocks of in_proj_weight: q, k, v in that order #zh: in_proj_weight 的三块：依次为 q、k、v
>>> heads = lambda t: t.reshape(5, 3, 2, 4).permute(1, 2, 0, 3)  # 2 heads of 8 // 2 = 4 features: (batch, heads, L, 4) #zh: 2 个头，每个 8 // 2 = 4 个特征：(批大小, 头数, L, 4)
>>> attended = F.scaled_dot_product_attention(heads(q), heads(k), heads(v))  # attention in every head #zh: 每个头里做注意力
>>> merged = attended.permute(2, 0, 1, 3).reshape(5, 3, 8)  # heads concatenated again #zh: 把各个头重新拼接起来
>>> torch.allclose(mha.out_proj(merged), out, atol=1e-6)  # then the output projection #zh: 最后做输出投影
True
>>> [(name, tuple(p.shape)) for name, p in nn.MultiheadAttention(8, 2, kdim=6, vdim=5).named_parameters()]  # kdim/vdim other than embed_dim: three matrices #zh: kdim/vdim 与 embed_dim 不同：三个独立的矩阵
[('q_proj_weight', (8, 8)), ('k_proj_weight', (8, 6)), ('v_proj_weight', (8, 5)), ('in_proj_bias', (24,)), ('out_proj.weight', (8, 8)), ('out_proj.bias', (8,))]
"""
