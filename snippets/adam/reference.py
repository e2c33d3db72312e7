"""The reference adam() steps a copy and equals torch.optim.Adam bit for bit.

>>> import torch
>>> from torchnotes.optim import adam
>>> _ = torch.manual_seed(0)
>>> p = torch.randn(4)
>>> kept = p.clone()
>>> w = torch.nn.Parameter(p.clone())
>>> opt = torch.optim.Adam([w], lr=0.01, betas=(0.9, 0.99), weight_decay=0.1)
>>> opt.defaults["betas"], torch.optim.Adam([w]).defaults["betas"]  # ours, and the default #zh: 这里设置的值，以及默认值
((0.9, 0.99), (0.9, 0.999))
>>> print(opt.defaults["foreach"])  # None: torch picks the implementation by device #zh: None：torch 按设备选择实现
None
>>> out, state = [p], None
>>> for _ in range(5):
...     g = torch.randn(4)
...     w.grad = g
...     opt.step()
...     out, state = adam(out, [g], state, lr=0.01, betas=(0.9, 0.99), weight_decay=0.1)
>>> torch.equal(out[0], w.detach()), state["step"]
(True, 5)
>>> torch.equal(state["exp_avg_sq"][0], opt.state[w]["exp_avg_sq"])
True
>>> torch.equal(p, kept)  # the input was not changed #zh: 输入没有被修改
True
"""
