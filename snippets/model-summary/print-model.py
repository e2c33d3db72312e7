"""print(model) lists the layers and their arguments, but no parameter counts and no output shapes.

>>> import torch
>>> from torch import nn
>>> model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Flatten(), nn.LazyLinear(10))
>>> print(model)  # constructor arguments only #zh: 只有构造参数
Sequential(
  (0): Conv2d(3, 8, kernel_size=(3, 3), stride=(1, 1))
  (1): Flatten(start_dim=1, end_dim=-1)
  (2): LazyLinear(in_features=0, out_features=10, bias=True)
)
>>> # shapes exist only once an input has gone through, which is why summary() needs input_size #zh: 形状要等输入流过一遍才存在，所以 summary() 需要 input_size
>>> model(torch.zeros(1, 3, 6, 6)).shape
torch.Size([1, 10])
>>> print(model[2])
Linear(in_features=128, out_features=10, bias=True)
"""
