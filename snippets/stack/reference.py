"""The reference stack is unsqueeze + the reference cat, and equals torch.stack.

>>> import torch
>>> from torchnotes.shape import stack
>>> xs = [torch.arange(6).reshape(2, 3), torch.ones(2, 3)]
>>> all(torch.equal(stack(xs, d), torch.stack(xs, d)) for d in range(-3, 3))
True
>>> stack(xs).dtype, torch.stack(xs).dtype  # int64 and float32 are promoted as in cat #zh: 和 cat 一样，int64 与 float32 会提升
(torch.float32, torch.float32)
>>> stack([torch.ones(2, device="meta")] * 3).shape, stack([torch.ones(2, device="meta")] * 3).device
(torch.Size([3, 2]), device(type='meta'))
>>> stack([torch.ones(2, 3), torch.ones(3, 2)])
Traceback (most recent call last):
    ...
ValueError: stack(): tensors[1] has shape (3, 2), expected (2, 3); stack needs equal shapes (cat joins unequal ones)
"""
