"""A row that is all -inf has a logsumexp of -inf, and x - logsumexp is then nan; an empty row gives -inf too.

>>> import torch
>>> from torchnotes.math import logsumexp
>>> inf = float("inf")
>>> scores = torch.tensor([[1.0, 2.0], [-inf, -inf], [inf, 1.0]])  # the middle row is fully masked #zh: 中间一行被整行屏蔽
>>> torch.logsumexp(scores, dim=1)
tensor([2.3133,   -inf,    inf])
>>> scores - torch.logsumexp(scores, dim=1, keepdim=True)  # log_softmax by hand: nan rows #zh: 手写 log_softmax：出现 nan 行
tensor([[-1.3133, -0.3133],
        [    nan,     nan],
        [    nan,    -inf]])
>>> logsumexp(scores, dim=1)  # the reference: an infinite max is shifted by 0 #zh: 参考实现：最大值为无穷时按 0 平移
tensor([2.3133,   -inf,    inf])
>>> torch.logsumexp(torch.empty(2, 0), dim=1), logsumexp(torch.empty(2, 0), dim=1)  # log of an empty sum #zh: 空和的对数
(tensor([-inf, -inf]), tensor([-inf, -inf]))
>>> torch.logsumexp(torch.tensor([1, 2]), dim=0), logsumexp(torch.tensor([1, 2]), dim=0)  # integer input: default dtype #zh: 整数输入：得到默认数据类型
(tensor(2.3133), tensor(2.3133))
>>> torch.logsumexp(torch.tensor([1 + 1j, 2 + 0j]), dim=0)  # torch accepts complex; the reference does not #zh: torch 接受复数，参考实现不接受
tensor(2.2136+0.2527j)
>>> logsumexp(torch.tensor([1 + 1j, 2 + 0j]), dim=0)  # the reference refuses complex #zh: 参考实现拒绝复数
Traceback (most recent call last):
    ...
TypeError: logsumexp(): x must be real; complex input is not supported by this reference, got torch.complex64
"""
