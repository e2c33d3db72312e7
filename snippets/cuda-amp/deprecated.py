"""torch.cuda.amp is deprecated: its classes warn and name the torch.amp replacement.

>>> import warnings
>>> import torch
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     ctx = torch.cuda.amp.autocast()
...     scaler = torch.cuda.amp.GradScaler()
>>> for w in caught:
...     if w.category is FutureWarning:
...         print(w.message)
`torch.cuda.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cuda', args...)` instead.
`torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda', args...)` instead.
>>> with warnings.catch_warnings(record=True) as caught:  # the replacements: no FutureWarning #zh: 替代写法：没有 FutureWarning
...     warnings.simplefilter("always")
...     ctx = torch.autocast("cuda", dtype=torch.float16)
...     scaler = torch.amp.GradScaler("cuda")
>>> [w.category.__name__ for w in caught if w.category is FutureWarning]
[]
>>> torch.amp.GradScaler("cpu").is_enabled()  # GradScaler also runs on the CPU #zh: GradScaler 在 CPU 上同样可用
True
"""
