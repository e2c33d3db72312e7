"""LoRA freezes the base weight and trains A and B; B starts at zero, and merging gives the same outputs.

>>> import torch
>>> from torch import nn
>>> from torchnotes.concepts import LoRALinear
>>> _ = torch.manual_seed(0)
>>> base = nn.Linear(512, 512)
>>> lora = LoRALinear(base, r=8, alpha=16)  # update scaled by alpha / r = 2 #zh: 更新量乘以 alpha / r = 2
>>> trainable = sum(p.numel() for p in lora.parameters() if p.requires_grad)
>>> frozen = sum(p.numel() for p in lora.parameters() if not p.requires_grad)
>>> trainable, frozen, f"{trainable / frozen:.1%}"  # 8 * 512 * 2 vs 512 * 512 + 512 #zh: 8 * 512 * 2 对比 512 * 512 + 512
(8192, 262656, '3.1%')
>>> lora.lora_A.abs().max() <= 1 / 512 ** 0.5  # A: U(-1/sqrt(in), 1/sqrt(in)), like nn.Linear's weight #zh: A：U(-1/sqrt(in), 1/sqrt(in))，与 nn.Linear 的权重相同
tensor(True)
>>> x = torch.randn(4, 512)
>>> torch.equal(lora(x), base(x))  # B = 0: the base layer's output exactly #zh: B = 0：与基础层的输出完全相同
True
>>> opt = torch.optim.SGD([p for p in lora.parameters() if p.requires_grad], lr=0.1)
>>> lora(x).square().mean().backward()
>>> base.weight.grad is None, lora.lora_B.grad.abs().sum() > 0  # only A and B get gradients #zh: 只有 A 和 B 有梯度
(True, tensor(True))
>>> lora.lora_A.grad.abs().sum()  # A's first gradient is zero: it flows through B = 0 #zh: A 的第一个梯度为零：它要经过 B = 0
tensor(0.)
>>> opt.step()
>>> y = lora(x)
>>> torch.allclose(y, torch.nn.functional.linear(x, base.weight + lora.delta_weight(), base.bias), atol=1e-6)  # weight W + (alpha / r) * B @ A #zh: 权重为 W + (alpha / r) * B @ A
True
>>> lora.merge()  # W += (alpha / r) * B @ A, in place #zh: 原地执行 W += (alpha / r) * B @ A
>>> torch.allclose(lora(x), y, atol=1e-6)  # the same function, one matmul #zh: 同一个函数，只需一次矩阵乘法
True
>>> lora(x).requires_grad  # merged: no low-rank path, nothing left to train #zh: 合并后没有低秩分支，也就没有可训练的东西
False
>>> lora.unmerge()
>>> torch.allclose(lora(x), y, atol=1e-6)
True
"""
