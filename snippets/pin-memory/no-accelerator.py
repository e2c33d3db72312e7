"""Pinned memory needs an accelerator backend: without one, pin_memory() raises.

>>> import torch
>>> x = torch.ones(3)
>>> x.is_pinned()
False
>>> try:
...     x.pin_memory()
... except RuntimeError:
...     print("pin_memory() refused: no accelerator")
pin_memory() refused: no accelerator
>>> try:
...     torch.empty(3, pin_memory=True)
... except RuntimeError:
...     print("pin_memory=True refused: no accelerator")
pin_memory=True refused: no accelerator
>>> x.to("cpu", non_blocking=True) is x  # non_blocking alone is harmless #zh: 单独使用 non_blocking 不会出错
True
"""
REQUIRES = "no-cuda"
