"""Assigning a Parameter or a module as an attribute registers it; a plain list registers nothing.

>>> import torch
>>> from torch import nn
>>> from torchnotes.containers import registered
>>> class Net(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.fc = nn.Linear(3, 2)  # a submodule: registered #zh: 子模块：会被注册
...         self.scale = nn.Parameter(torch.ones(2))  # a Parameter: registered #zh: Parameter：会被注册
...         self.extra = [nn.Linear(3, 2)]  # inside a list: not registered #zh: 放在 list 里：不会被注册
>>> net = Net()
>>> [name for name, _ in net.named_parameters()]
['scale', 'fc.weight', 'fc.bias']
>>> sum(p.numel() for p in net.parameters())  # 2 + 6 + 2; extra's 8 are missing #zh: 2 + 6 + 2；extra 的 8 个参数不在其中
10
>>> list(net._parameters), list(net._modules)  # the registries behind those methods #zh: 这些方法背后的登记表
(['scale'], ['fc'])
>>> list(net.state_dict())  # extra is not saved either #zh: extra 也不会被保存
['scale', 'fc.weight', 'fc.bias']
>>> registered(net)["state_dict"]  # the same walk, by hand #zh: 同样的遍历，手写版本
['scale', 'fc.weight', 'fc.bias']
>>> net = net.to(torch.float64)
>>> net.fc.weight.dtype
torch.float64
>>> net.extra[0].weight.dtype  # .to() skips what is not registered #zh: .to() 也跳过未注册的对象
torch.float32
>>> tied = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2))
>>> tied[1].weight = tied[0].weight  # one Parameter under two names #zh: 同一个 Parameter 有两个名字
>>> [name for name, _ in tied.named_parameters()]  # listed once #zh: 只列出一次
['0.weight', '0.bias', '1.bias']
>>> list(tied.state_dict())  # saved under both names #zh: 两个名字都会保存
['0.weight', '0.bias', '1.weight', '1.bias']
>>> registered(tied)["parameters"], registered(tied)["state_dict"] == list(tied.state_dict())
(['0.weight', '0.bias', '1.bias'], True)
>>> _ = net.eval()  # eval() reaches registered submodules only #zh: eval() 只作用于已注册的子模块
>>> net.fc.training, net.extra[0].training
(False, True)
>>> box = nn.Module()
>>> box.plain = {"fc": nn.Linear(2, 2)}  # a plain dict: not registered #zh: 普通 dict：不会被注册
>>> box.by_index = nn.ModuleList([nn.Linear(2, 2)])  # registered #zh: 会被注册
>>> box.by_name = nn.ModuleDict({"fc": nn.Linear(2, 2)})  # registered #zh: 会被注册
>>> [name for name, _ in box.named_parameters()]
['by_index.0.weight', 'by_index.0.bias', 'by_name.fc.weight', 'by_name.fc.bias']
"""
