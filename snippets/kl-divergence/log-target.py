"""log_target=True takes the target as log-probabilities; a term with p = 0 is 0 from probabilities but NaN from log p = -inf.

>>> import torch
>>> import torch.nn.functional as F
>>> logq = torch.log_softmax(torch.tensor([[0.0, 1.0, 2.0]]), dim=1)
>>> p = torch.tensor([[0.0, 0.5, 0.5]])
>>> F.kl_div(logq, p, reduction="none")  # p = 0 gives a 0 term, not nan #zh: p = 0 的项为 0，而不是 nan
tensor([[ 0.0000,  0.3572, -0.1428]])
>>> F.kl_div(logq, p.log(), reduction="none", log_target=True)  # exp(-inf) * (-inf - log q) is 0 * -inf #zh: exp(-inf) * (-inf - log q) 即 0 * -inf
tensor([[    nan,  0.3572, -0.1428]])
>>> F.kl_div(torch.log(torch.tensor([[0.5, 0.5, 0.0]])), p, reduction="sum")  # q = 0 where p > 0: infinite #zh: p > 0 处 q = 0：无穷大
tensor(inf)
"""
