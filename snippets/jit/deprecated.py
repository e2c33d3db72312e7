"""torch.jit.script and torch.jit.trace warn that TorchScript is deprecated and name its successors.

>>> import warnings
>>> import torch
>>> model = torch.nn.Linear(3, 2)
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     scripted = torch.jit.script(model)
...     traced = torch.jit.trace(model, torch.ones(1, 3))
>>> for w in caught[:2]:
...     print(w.category.__name__, "|", w.message)
FutureWarning | `torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.
FutureWarning | `torch.jit.trace` is deprecated. Please switch to `torch.compile` or `torch.export`.
>>> x = torch.randn(4, 3)
>>> torch.equal(scripted(x), model(x)), torch.equal(traced(x), model(x))  # both still run #zh: 两者仍然可以运行
(True, True)
"""
