"""Deterministic mode is several switches, not one; ops without a deterministic kernel refuse to run.

>>> import torch
>>> from torchnotes.random import deterministic_mode
>>> torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark  # the defaults
(False, False)
>>> with deterministic_mode() as changed:
...     for name, (before, inside) in sorted(changed.items()):
...         print(f"{name}: {before} -> {inside}")
CUBLAS_WORKSPACE_CONFIG: None -> :4096:8
cudnn.deterministic: False -> True
use_deterministic_algorithms: False -> True
>>> with deterministic_mode():  # put_ with repeated indices has no deterministic kernel
...     torch.zeros(4).put_(torch.tensor([0, 0]), torch.tensor([1.0, 2.0]))
Traceback (most recent call last):
    ...
RuntimeError: put_ does not have a deterministic implementation, but you set 'torch.use_deterministic_algorithms(True)'. You can turn off determinism just for this operation, or you can use the 'warn_only=True' option, if that's acceptable for your application. You can also file an issue at https://github.com/pytorch/pytorch/issues to help us prioritize adding deterministic support for this operation.
>>> torch.are_deterministic_algorithms_enabled()  # restored on exit
False
"""
