"""An encoder layer: self-attention and a feed-forward block, each with a residual and a LayerNorm.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> layer = nn.TransformerEncoderLayer(d_model=16, nhead=4, batch_first=True)
>>> layer.linear1, layer.dropout.p  # the defaults: a 2048-wide feed-forward block, dropout 0.1 #zh: 默认值：2048 宽的前馈网络，dropout 为 0.1
(Linear(in_features=16, out_features=2048, bias=True), 0.1)
>>> sum(p.numel() for p in layer.parameters())
68752
>>> nn.TransformerEncoderLayer(d_model=16, nhead=4).self_attn.batch_first  # without batch_first=True: (seq, batch, feature) #zh: 不传 batch_first=True 时为（序列, 批次, 特征）
False
>>> x = torch.randn(2, 5, 16)
>>> torch.equal(layer(x), layer(x))  # training mode: dropout differs call to call #zh: 训练模式：每次调用的 dropout 都不同
False
>>> _ = layer.eval()
>>> torch.equal(layer(x), layer(x))
True
>>> layer.norm_first  # post-norm by default: norm1(x + self_attn(x)) #zh: 默认是后归一化：norm1(x + self_attn(x))
False
>>> layer(x).mean(dim=-1).abs().max() < 1e-5  # post-norm, at initialisation: mean 0 over the features #zh: 后归一化、刚初始化时：特征上的均值为 0
tensor(True)
>>> sa = lambda lay, t: lay.self_attn(t, t, t, need_weights=False)[0]  # self-attention #zh: 自注意力
>>> ff = lambda lay, t: lay.linear2(lay.activation(lay.linear1(t)))  # feed-forward block #zh: 前馈网络
>>> h = layer.norm1(x + sa(layer, x))  # post-norm written out #zh: 逐步写出后归一化
>>> torch.allclose(layer.norm2(h + ff(layer, h)), layer(x), atol=1e-6)
True
>>> pre = nn.TransformerEncoderLayer(d_model=16, nhead=4, batch_first=True, norm_first=True).eval()
>>> pre(x).mean(dim=-1).abs().max() < 1e-5  # pre-norm: x + self_attn(norm1(x)), not normalised at the end #zh: 前归一化：x + self_attn(norm1(x))，末尾没有归一化
tensor(False)
>>> h = x + sa(pre, pre.norm1(x))  # pre-norm written out #zh: 逐步写出前归一化
>>> torch.allclose(h + ff(pre, pre.norm2(h)), pre(x), atol=1e-6)
True
"""
