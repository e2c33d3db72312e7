"""Each rearrange is a reshape + permute + reshape chain; here the two are proven equal.

>>> import torch
>>> from einops import rearrange
>>> x = torch.arange(2 * 3 * 4 * 6).reshape(2, 3, 4, 6)  # (b, c, h, w) #zh: 形状为 (b, c, h, w)
>>> y = rearrange(x, "b c h w -> b h w c")  # move channels last #zh: 把通道移到最后
>>> y.shape, torch.equal(y, x.permute(0, 2, 3, 1))
(torch.Size([2, 4, 6, 3]), True)
>>> y = rearrange(x, "b c h w -> b (c h w)")  # flatten #zh: 展平
>>> y.shape, torch.equal(y, x.reshape(2, 3 * 4 * 6))
(torch.Size([2, 72]), True)
>>> seq = torch.arange(2 * 12 * 3).reshape(2, 12, 3)  # (b, h*w, c) tokens #zh: (b, h*w, c) 的词元序列
>>> y = rearrange(seq, "b (h w) c -> b c h w", h=4)  # back to an image #zh: 还原成图像
>>> y.shape, torch.equal(y, seq.view(2, 4, 3, 3).permute(0, 3, 1, 2))
(torch.Size([2, 3, 4, 3]), True)
>>> y = rearrange(x, "b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=2, p2=2)  # patches #zh: 切成图块（patch）
>>> chain = x.view(2, 3, 2, 2, 3, 2).permute(0, 2, 4, 3, 5, 1).reshape(2, 6, 12)
>>> y.shape, torch.equal(y, chain)
(torch.Size([2, 6, 12]), True)
"""
