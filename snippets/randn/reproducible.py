"""randn draws from N(0, 1); a seeded generator makes the draw reproducible.

>>> import torch
>>> g = torch.Generator().manual_seed(0)
>>> torch.randn(2, 3, generator=g)
tensor([[ 1.5410, -0.2934, -2.1788],
        [ 0.5684, -1.0845, -1.3986]])
>>> torch.randn((2, 3), generator=torch.Generator().manual_seed(0))  # a size tuple works too
tensor([[ 1.5410, -0.2934, -2.1788],
        [ 0.5684, -1.0845, -1.3986]])
>>> x = torch.randn(100_000, generator=g)
>>> f"{x.mean().item():.4f} {x.std().item():.4f}"  # close to 0 and 1, never exact
'-0.0032 0.9981'
>>> y = 5.0 + 2.0 * x  # N(mean=5, std=2): shift and scale
>>> f"{y.mean().item():.4f} {y.std().item():.4f}"
'4.9935 1.9961'
"""
