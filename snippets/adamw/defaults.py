"""AdamW decays by default (0.01); Adam does not, and Adam(decoupled_weight_decay=True) is AdamW.

>>> import torch
>>> w = torch.nn.Parameter(torch.ones(1))
>>> torch.optim.Adam([w]).defaults["weight_decay"], torch.optim.AdamW([w]).defaults["weight_decay"]
(0, 0.01)
>>> a = torch.nn.Parameter(torch.tensor([2.0]))
>>> b = torch.nn.Parameter(torch.tensor([2.0]))
>>> opt_a = torch.optim.Adam([a], lr=0.1, weight_decay=0.5, decoupled_weight_decay=True)
>>> opt_b = torch.optim.AdamW([b], lr=0.1, weight_decay=0.5)
>>> for _ in range(3):
...     a.grad, b.grad = torch.tensor([0.3]), torch.tensor([0.3])
...     opt_a.step()
...     opt_b.step()
>>> torch.equal(a, b)
True
>>> layer = torch.nn.Linear(1, 1)
>>> with torch.no_grad():
...     _ = layer.bias.fill_(1.0)
>>> layer.bias.grad = torch.zeros(1)
>>> torch.optim.AdamW(layer.parameters(), lr=0.1, weight_decay=0.5).step()
>>> layer.bias.item()  # one group: the bias decays too #zh: 只有一个参数组：偏置也被衰减
0.949999988079071
>>> with torch.no_grad():
...     _ = layer.weight.fill_(1.0), layer.bias.fill_(1.0)
>>> groups = [{"params": [layer.weight]}, {"params": [layer.bias], "weight_decay": 0.0}]
>>> opt = torch.optim.AdamW(groups, lr=0.1, weight_decay=0.5)
>>> layer.weight.grad, layer.bias.grad = torch.zeros(1, 1), torch.zeros(1)
>>> opt.step()
>>> layer.weight.item(), layer.bias.item()  # the bias's group has no decay #zh: 偏置所在的参数组不做衰减
(0.949999988079071, 1.0)
"""
