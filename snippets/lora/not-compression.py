"""LoRA does not factorise or compress W: W keeps full rank, only the learned update has rank r.

>>> import torch
>>> from torch import nn
>>> from torchnotes.concepts import LoRALinear
>>> _ = torch.manual_seed(0)
>>> lora = LoRALinear(nn.Linear(64, 32), r=4, alpha=4)
>>> with torch.no_grad():
...     _ = lora.lora_B.normal_()  # as if trained #zh: 假装已经训练过
>>> lora.base.weight.shape, torch.linalg.matrix_rank(lora.base.weight)  # W is untouched, full rank #zh: W 原封不动，满秩
(torch.Size([32, 64]), tensor(32))
>>> delta = lora.delta_weight()
>>> delta.shape, torch.linalg.matrix_rank(delta)  # the update: rank 4 #zh: 更新量：秩为 4
(torch.Size([32, 64]), tensor(4))
>>> W0 = lora.base.weight.detach().clone()
>>> lora.merge()
>>> torch.linalg.matrix_rank(lora.base.weight)  # merged weight: full rank again #zh: 合并后的权重：仍然满秩
tensor(32)
>>> lora.unmerge()
>>> torch.allclose(lora.base.weight, W0, atol=1e-6)  # back to W, up to float rounding #zh: 回到 W，只差浮点舍入
True
"""
