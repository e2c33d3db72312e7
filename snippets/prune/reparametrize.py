"""l1_unstructured keeps weight_orig, adds weight_mask and a forward pre-hook; remove folds them.

>>> import torch
>>> from torch import nn
>>> from torch.nn.utils import prune
>>> from torchnotes.pruning import l1_unstructured_mask
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(4, 3)
>>> prune.l1_unstructured(layer, "weight", amount=0.5)
Linear(in_features=4, out_features=3, bias=True)
>>> [name for name, _ in layer.named_parameters()]  # weight is no longer a parameter #zh: weight 不再是参数
['bias', 'weight_orig']
>>> [name for name, _ in layer.named_buffers()]
['weight_mask']
>>> [type(hook).__name__ for hook in layer._forward_pre_hooks.values()]  # recomputes weight before every forward #zh: 每次前向传播之前重新计算 weight
['L1Unstructured']
>>> torch.equal(layer.weight, layer.weight_orig * layer.weight_mask)
True
>>> int((layer.weight == 0).sum()), layer.weight.numel()  # round(0.5 * 12) entries are zero #zh: round(0.5 * 12) 个元素为零
(6, 12)
>>> torch.equal(layer.weight_mask, l1_unstructured_mask(layer.weight_orig, 0.5))
True
>>> with torch.no_grad():
...     _ = layer.weight_orig.fill_(1.0)  # change the kept original... #zh: 改动保存的原始权重……
>>> _ = layer(torch.ones(1, 4))  # ...and the pre-hook recomputes weight at the next forward #zh: ……下一次前向传播时预钩子会重新计算 weight
>>> int(layer.weight.sum())  # the 6 kept entries are 1, the 6 pruned ones stay 0 #zh: 保留的 6 个元素为 1，被剪掉的 6 个仍为 0
6
>>> layer(torch.ones(1, 4)).sum().backward()
>>> bool((layer.weight_orig.grad[layer.weight_mask == 0] == 0).all())  # pruned entries get a zero gradient #zh: 被剪掉的元素梯度为 0
True
>>> prune.remove(layer, "weight")  # make it permanent: weight is a parameter again, zeros kept #zh: 固化剪枝：weight 重新成为参数，零保留
Linear(in_features=4, out_features=3, bias=True)
>>> [name for name, _ in layer.named_parameters()], [name for name, _ in layer.named_buffers()]
(['bias', 'weight'], [])
>>> int((layer.weight == 0).sum()), len(layer._forward_pre_hooks)
(6, 0)
"""
