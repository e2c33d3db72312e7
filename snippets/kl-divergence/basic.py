"""kl_div(input, target) takes the model's LOG-probabilities as input and computes KL(target || model).

>>> import torch
>>> import torch.nn.functional as F
>>> p = torch.tensor([[0.5, 0.3, 0.2]])  # the target distribution P #zh: 目标分布 P
>>> q = torch.tensor([[0.4, 0.4, 0.2]])  # the model's distribution Q #zh: 模型的分布 Q
>>> F.kl_div(q.log(), p, reduction="batchmean")
tensor(0.0253)
>>> (p * (p.log() - q.log())).sum()  # KL(P || Q) = sum p * log(p / q) #zh: 即 KL(P || Q) = sum p * log(p / q)
tensor(0.0253)
>>> torch.nn.KLDivLoss(reduction="batchmean")(q.log(), p)
tensor(0.0253)
>>> from torch.distributions import Categorical, kl_divergence
>>> kl_divergence(Categorical(probs=p), Categorical(probs=q))
tensor([0.0253])
>>> F.kl_div(q, p, reduction="batchmean")  # probabilities as input: a meaningless negative number #zh: 把概率当作 input：得到一个没有意义的负数
tensor(-1.3897)
"""
