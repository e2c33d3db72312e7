"""The scale exp(logit_scale) is learned and capped at 100; above the cap logit_scale gets no gradient.

>>> import math
>>> import torch
>>> from torchnotes.concepts import clip_loss
>>> _ = torch.manual_seed(0)
>>> img, txt = torch.randn(4, 16), torch.randn(4, 16)
>>> s = torch.tensor(math.log(1 / 0.07), requires_grad=True)
>>> clip_loss(img, txt, s).backward()
>>> s.exp().item(), s.grad  # scale 14.3: learning #zh: 缩放 14.3：正在学习
(14.285714149475098, tensor(5.4846))
>>> s = torch.tensor(math.log(500.0), requires_grad=True)
>>> clip_loss(img, txt, s).backward()
>>> s.grad  # exp(s) = 500 is clamped to 100: no gradient #zh: exp(s) = 500 被截断为 100：没有梯度
tensor(0.)
>>> clip_loss(img, txt, math.log(500.0)) == clip_loss(img, txt, math.log(100.0))
tensor(True)
"""
