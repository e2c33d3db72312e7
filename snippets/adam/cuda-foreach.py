"""On CUDA torch.optim picks the foreach implementation by default; compare it with the loop.

>>> import torch
>>> from torchnotes.optim import adam
>>> _ = torch.manual_seed(0)
>>> p = torch.randn(1000, device="cuda")
>>> grads = [torch.randn(1000, device="cuda") for _ in range(5)]
>>> w_default = torch.nn.Parameter(p.clone())
>>> w_loop = torch.nn.Parameter(p.clone())
>>> opt_default = torch.optim.Adam([w_default], lr=0.01)
>>> opt_loop = torch.optim.Adam([w_loop], lr=0.01, foreach=False)
>>> print(opt_default.defaults["foreach"], opt_loop.defaults["foreach"])  # None means: decide from the device #zh: None 表示按设备决定
>>> for g in grads:
...     w_default.grad, w_loop.grad = g.clone(), g.clone()
...     opt_default.step()
...     opt_loop.step()
>>> out, state = [p], None
>>> for g in grads:
...     out, state = adam(out, [g], state, lr=0.01)
>>> torch.equal(out[0], w_loop.detach())  # the reference follows the single-tensor loop #zh: 参考实现与逐个张量的循环一致
>>> (w_default - w_loop).abs().max().item()  # the largest difference between foreach and the loop #zh: foreach 与循环之间的最大差值
"""
REQUIRES = "cuda"
