"""log_softmax stays finite where softmax(x).log() gives -inf.

>>> import torch
>>> x = torch.tensor([1000.0, 0.0])
>>> torch.softmax(x, dim=0)  # exp(-1000) underflows to 0 #zh: exp(-1000) 下溢为 0
tensor([1., 0.])
>>> torch.softmax(x, dim=0).log()
tensor([0., -inf])
>>> torch.log_softmax(x, dim=0)  # computed as (x - max) - log(sum(exp(x - max))) #zh: 按 (x - max) - log(sum(exp(x - max))) 计算
tensor([    0., -1000.])
>>> import torch.nn.functional as F
>>> F.cross_entropy(x.unsqueeze(0), torch.tensor([1]))  # cross_entropy takes the logits and applies log_softmax itself #zh: cross_entropy 接收 logits，自己做 log_softmax
tensor(1000.)
"""
