"""relu keeps positive values and replaces negative ones with 0; three spellings, one result.

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.tensor([-2.0, -0.5, 0.0, 1.5, 3.0])
>>> F.relu(x)
tensor([0.0000, 0.0000, 0.0000, 1.5000, 3.0000])
>>> torch.relu(x).equal(F.relu(x)), torch.nn.ReLU()(x).equal(F.relu(x))
(True, True)
>>> torch.nn.ReLU()  # a module without parameters #zh: 没有参数的模块
ReLU()
>>> list(torch.nn.ReLU().parameters())
[]
>>> F.relu(torch.tensor([-3, 4]))  # integers stay integers #zh: 整数仍是整数
tensor([0, 4])
>>> far = torch.tensor([-4.0, 4.0])
>>> F.gelu(far), F.relu(far)  # GELU is close to ReLU away from 0 #zh: 离 0 较远时 GELU 与 ReLU 很接近
(tensor([-1.2648e-04,  3.9999e+00]), tensor([0., 4.]))
"""
