"""nn.Sequential feeds one input through its layers in order; layers are named "0", "1", ...

>>> import torch
>>> from collections import OrderedDict
>>> from torch import nn
>>> from torchnotes.containers import sequential_forward
>>> _ = torch.manual_seed(0)
>>> net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
>>> net
Sequential(
  (0): Linear(in_features=4, out_features=8, bias=True)
  (1): ReLU()
  (2): Linear(in_features=8, out_features=2, bias=True)
)
>>> x = torch.randn(3, 4)
>>> net(x).shape
torch.Size([3, 2])
>>> torch.equal(net(x), sequential_forward(net, x))  # nothing more than a loop #zh: 就是一个循环
True
>>> [name for name, _ in net.named_parameters()]
['0.weight', '0.bias', '2.weight', '2.bias']
>>> list(net.state_dict())  # the same prefixes #zh: 同样的前缀
['0.weight', '0.bias', '2.weight', '2.bias']
>>> net[0]  # integer indexing gives the layer #zh: 整数索引得到层本身
Linear(in_features=4, out_features=8, bias=True)
>>> net[:2]  # a slice is a new Sequential sharing the layers #zh: 切片得到共享这些层的新 Sequential
Sequential(
  (0): Linear(in_features=4, out_features=8, bias=True)
  (1): ReLU()
)
>>> net[:2][0] is net[0]  # the same layer object, not a copy #zh: 同一个层对象，不是副本
True
>>> named = nn.Sequential(OrderedDict(hidden=nn.Linear(4, 8), act=nn.ReLU()))
>>> named.hidden
Linear(in_features=4, out_features=8, bias=True)
"""
