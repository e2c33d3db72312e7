"""ln_structured zeroes whole rows (or channels); global_unstructured ranks the weights of several layers together.

>>> import torch
>>> from torch import nn
>>> from torch.nn.utils import prune
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(3, 4)
>>> _ = prune.ln_structured(layer, "weight", amount=2, n=2, dim=0)  # 2 output rows by L2 norm #zh: 按 L2 范数剪掉 2 个输出行
>>> layer.weight_mask
tensor([[1., 1., 1.],
        [1., 1., 1.],
        [0., 0., 0.],
        [0., 0., 0.]])
>>> layer.weight_orig.detach().norm(dim=1)  # the two rows of smallest norm went #zh: 范数最小的两行被剪掉
tensor([0.5672, 0.5039, 0.4608, 0.2582])
>>> model = nn.Sequential(nn.Linear(8, 8), nn.Linear(8, 2))
>>> with torch.no_grad():
...     _ = model[1].weight.mul_(10)  # the second layer has larger weights #zh: 第二层的权重更大
>>> params = [(model[0], "weight"), (model[1], "weight")]
>>> prune.global_unstructured(params, pruning_method=prune.L1Unstructured, amount=0.5)
>>> zeros = [int((m.weight == 0).sum()) for m, _ in params]
>>> zeros, sum(zeros), (64 + 16) // 2  # half of all 80 weights, unevenly split #zh: 80 个权重总共剪掉一半，但各层不均
([40, 0], 40, 40)
"""
