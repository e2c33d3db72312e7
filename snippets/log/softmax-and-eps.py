"""Take log_softmax, not log(softmax); and adding 1e-8 does nothing in float16.

>>> import torch
>>> logits = torch.tensor([0.0, -200.0])
>>> torch.log(torch.softmax(logits, dim=0))  # exp(-200) underflowed to 0 #zh: exp(-200) 下溢成了 0
tensor([0., -inf])
>>> torch.log_softmax(logits, dim=0)
tensor([   0., -200.])
>>> torch.tensor(1e-8, dtype=torch.float16)  # rounds to 0 in float16 #zh: 在 float16 中舍入成 0
tensor(0., dtype=torch.float16)
>>> zero = torch.zeros(1, dtype=torch.float16)
>>> torch.log(zero + 1e-8)  # the "fix" adds nothing #zh: 这个“修补”什么都没加上
tensor([-inf], dtype=torch.float16)
"""
