"""einops checks lengths and names; the reference here supports named axes and groups only.

>>> import torch
>>> import einops
>>> from torchnotes.shape import rearrange
>>> seq = torch.zeros(2, 12, 3)  # (b, h*w, c) #zh: 形状为 (b, h*w, c)
>>> einops.rearrange(seq, "b (h w) c -> b h w c", h=4).shape  # w = 12 / 4 is inferred #zh: 自动推出 w = 12 / 4
torch.Size([2, 4, 3, 3])
>>> einops.rearrange(seq, "b (h w) c -> b h w c", h=5)  # 5 does not divide 12 #zh: 12 不能被 5 整除
Traceback (most recent call last):
    ...
einops.EinopsError:  Error while processing rearrange-reduction pattern "b (h w) c -> b h w c".
 Input tensor shape: torch.Size([2, 12, 3]). Additional info: {'h': 5}.
 Shape mismatch, can't divide axis of length 12 in chunks of 5
>>> einops.rearrange(seq, "b n c -> b n")  # c is missing on the right #zh: 右边少了 c
Traceback (most recent call last):
    ...
einops.EinopsError:  Error while processing rearrange-reduction pattern "b n c -> b n".
 Input tensor shape: torch.Size([2, 12, 3]). Additional info: {}.
 Identifiers only on one side of expression (should be on both): {'c'}
>>> einops.rearrange(seq, "b b c -> b c")  # a name used twice #zh: 同一个名字用了两次
Traceback (most recent call last):
    ...
einops.EinopsError:  Error while processing rearrange-reduction pattern "b b c -> b c".
 Input tensor shape: torch.Size([2, 12, 3]). Additional info: {}.
 Indexing expression contains duplicate dimension "b"
>>> einops.rearrange(seq, "b n c -> b n c 1").shape, einops.rearrange(seq, "b n c -> b n c ()").shape  # a new size-1 axis, two spellings #zh: 新增长度为 1 的轴，两种写法
(torch.Size([2, 12, 3, 1]), torch.Size([2, 12, 3, 1]))
>>> einops.rearrange(seq, "b ... -> b (...)").shape  # ... stands for all other axes #zh: ... 代表其余所有轴
torch.Size([2, 36])
>>> rearrange(seq, "b (h w) c -> b c h w", h=4).shape  # the reference #zh: 参考实现
torch.Size([2, 3, 4, 3])
>>> x = torch.arange(2 * 3 * 4 * 6).reshape(2, 3, 4, 6)
>>> pattern = "b c (h p1) (w p2) -> b (h w) (p1 p2 c)"
>>> torch.equal(rearrange(x, pattern, p1=2, p2=3), einops.rearrange(x, pattern, p1=2, p2=3))
True
>>> rearrange(seq, "b n c -> b n c 1")
Traceback (most recent call last):
    ...
ValueError: rearrange(): unsupported token '1' in 'b n c -> b n c 1'; this reference handles named axes and (groups) only, no '...', numbers or anonymous axes
"""
