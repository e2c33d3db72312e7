"""Without CUDA, creating a stream raises; timing on the CPU needs no events.

>>> import torch
>>> from torchnotes.devices import elapsed_ms
>>> torch.cuda.is_available()
False
>>> try:
...     torch.cuda.Stream()
... except RuntimeError:
...     print("torch.cuda.Stream() refused: no CUDA")
torch.cuda.Stream() refused: no CUDA
>>> ms = elapsed_ms(lambda: torch.ones(64, 64) @ torch.ones(64, 64), "cpu")
>>> ms >= 0
True
"""
REQUIRES = "no-cuda"
