"""Same seed, same numbers; a local Generator leaves the global stream alone.

>>> import torch
>>> _ = torch.manual_seed(42)
>>> a = torch.rand(3)
>>> _ = torch.manual_seed(42)
>>> torch.equal(a, torch.rand(3))
True
>>> _ = torch.manual_seed(42)
>>> local = torch.Generator().manual_seed(7)
>>> _ = torch.rand(3, generator=local)  # draws from the local generator only
>>> torch.equal(a, torch.rand(3))  # the global stream did not move
True
>>> torch.initial_seed()
42
"""
