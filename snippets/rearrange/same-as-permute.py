"""Each rearrange is a reshape + permute + reshape chain; here the two are proven equal.

>>> import torch
>>> from einops import rearrange
>>> x = torch.arange(2 * 3 * 4 * 6).reshape(2, 3, 4, 6)  # (b, c, h, w)
>>> y = rearrange(x, "b c h w -> b h w c")
>>> y.shape, torch.equal(y, x.permute(0, 2, 3, 1))
(torch.Size([2, 4, 6, 3]), True)
>>> y = rearrange(x, "b c h w -> b (c h w)")
>>> y.shape, torch.equal(y, x.reshape(2, -1))
(torch.Size([2, 72]), True)
>>> y = rearrange(x, "b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=2, p2=2)  # image patches
>>> chain = x.reshape(2, 3, 2, 2, 3, 2).permute(0, 2, 4, 3, 5, 1).reshape(2, 6, 12)
>>> y.shape, torch.equal(y, chain)
(torch.Size([2, 6, 12]), True)
"""
