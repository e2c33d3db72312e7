"""kaiming_uniform_ with a=sqrt(5) is not He initialisation: the default a=0 gives sqrt(6/fan_in), a bound about 2.45 times larger.

>>> import math
>>> import torch
>>> from torch import nn
>>> fan_in = 100
>>> math.sqrt(6 / fan_in), 1 / math.sqrt(fan_in)  # He (ReLU) vs nn.Linear #zh: He（ReLU）与 nn.Linear 对比
(0.2449489742783178, 0.1)
>>> _ = torch.manual_seed(0)
>>> he = nn.init.kaiming_uniform_(torch.empty(50, fan_in))  # a=0, the ReLU gain #zh: a=0，即 ReLU 的增益
>>> he.abs().max()
tensor(0.2449)
>>> linear = nn.init.kaiming_uniform_(torch.empty(50, fan_in), a=math.sqrt(5))  # nn.Linear's call #zh: nn.Linear 的调用方式
>>> linear.abs().max()
tensor(0.1000)
>>> _ = nn.init.kaiming_uniform_(layer_w := nn.Linear(fan_in, 50).weight)  # re-initialise for ReLU if you want He #zh: 想用 He 初始化就自己重新初始化
>>> layer_w.abs().max() > 0.1
tensor(True)
"""
