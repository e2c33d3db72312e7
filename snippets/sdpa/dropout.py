"""The function has no training mode: dropout_p > 0 drops weights on every call, also in eval and no_grad.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q, k, v = torch.randn(1, 4, 8), torch.randn(1, 4, 8), torch.randn(1, 4, 8)
>>> with torch.no_grad():
...     a = F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
...     b = F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
>>> torch.equal(a, b)  # two calls, two different dropout masks #zh: 两次调用，两个不同的 dropout 掩码
False
>>> class Attention(torch.nn.Module):
...     def __init__(self, p):
...         super().__init__()
...         self.p = p
...     def forward(self, q, k, v):  # pass the rate only in training mode #zh: 只在训练模式下传入 dropout 概率
...         return F.scaled_dot_product_attention(q, k, v, dropout_p=self.p if self.training else 0.0)
>>> attn = Attention(0.5).eval()
>>> torch.equal(attn(q, k, v), attn(q, k, v))
True
"""
