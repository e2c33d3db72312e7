"""scale multiplies the scores; the default is 1 / sqrt(E), which keeps the softmax from saturating.

>>> import math
>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q, k, v = torch.randn(1, 2, 64), torch.randn(1, 5, 64), torch.randn(1, 5, 3)
>>> default = F.scaled_dot_product_attention(q, k, v)
>>> torch.allclose(default, F.scaled_dot_product_attention(q, k, v, scale=1 / math.sqrt(64)), atol=1e-6)
True
>>> torch.allclose(default, F.scaled_dot_product_attention(q, k, v, scale=math.sqrt(64)), atol=1e-6)
False
>>> q, k = torch.randn(1000, 1, 512), torch.randn(1000, 8, 512)
>>> raw = (q @ k.transpose(-2, -1)).squeeze(1)  # dot products of 512 features #zh: 512 个特征的点积
>>> raw.std(), (raw / math.sqrt(512)).std()  # grow like sqrt(E); the scale brings them back to about 1 #zh: 随 sqrt(E) 增长；缩放后回到 1 左右
(tensor(22.7694), tensor(1.0063))
>>> peak = lambda s: torch.softmax(s, dim=-1).max(dim=-1).values.mean()
>>> peak(raw), peak(raw / math.sqrt(512))  # unscaled: nearly one-hot #zh: 不缩放：几乎是独热分布
(tensor(0.9633), tensor(0.3624))
>>> def grad_size(scores):
...     scores = scores.clone().requires_grad_()
...     torch.softmax(scores, dim=-1)[:, 0].sum().backward()
...     return scores.grad.abs().mean()
>>> grad_size(raw), grad_size(raw / math.sqrt(512))  # a saturated softmax passes back tiny gradients #zh: 饱和的 softmax 反向传回的梯度很小
(tensor(0.0018), tensor(0.0238))
"""
