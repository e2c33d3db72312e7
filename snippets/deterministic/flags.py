"""Deterministic mode is several switches, not one; ops without a deterministic implementation refuse to run.

>>> import torch
>>> from torchnotes.random import deterministic_mode
>>> torch.are_deterministic_algorithms_enabled()  # the defaults #zh: 默认值
False
>>> torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark
(False, False)
>>> with deterministic_mode() as changed:
...     for name, (before, inside) in sorted(changed.items()):
...         print(f"{name}: {before} -> {inside}")
CUBLAS_WORKSPACE_CONFIG: None -> :4096:8
cudnn.deterministic: False -> True
use_deterministic_algorithms: False -> True
>>> index = torch.tensor([0, 1])  # distinct positions: nothing to race on #zh: 位置互不相同：没有写入冲突
>>> with deterministic_mode():  # put_ without accumulate has no deterministic implementation at all #zh: 不带 accumulate 的 put_ 根本没有确定性实现
...     torch.zeros(4).put_(index, torch.tensor([1.0, 2.0]))
Traceback (most recent call last):
    ...
RuntimeError: put_ does not have a deterministic implementation, but you set 'torch.use_deterministic_algorithms(True)'. You can turn off determinism just for this operation, or you can use the 'warn_only=True' option, if that's acceptable for your application. You can also file an issue at https://github.com/pytorch/pytorch/issues to help us prioritize adding deterministic support for this operation.
>>> with deterministic_mode():  # on the CPU, put_ with accumulate=True has one #zh: 在 CPU 上，accumulate=True 的 put_ 有确定性实现
...     torch.zeros(4).put_(torch.tensor([0, 0]), torch.tensor([1.0, 2.0]), accumulate=True)
tensor([3., 0., 0., 0.])
>>> with deterministic_mode():  # uninitialised memory is filled: NaN for floats #zh: 未初始化的内存会被填充：浮点数填 NaN
...     torch.empty(3)
tensor([nan, nan, nan])
>>> torch.are_deterministic_algorithms_enabled()  # restored on exit #zh: 退出时已恢复
False
>>> torch.use_deterministic_algorithms(1)  # torch's switches take a real bool only #zh: torch 的开关只接受真正的 bool
Traceback (most recent call last):
    ...
TypeError: _set_deterministic_algorithms(): argument 'mode' (position 1) must be bool, not int
>>> import numpy as np
>>> torch.backends.cudnn.deterministic = np.True_  # a NumPy bool is refused too #zh: NumPy 的 bool 同样被拒绝
Traceback (most recent call last):
    ...
RuntimeError: set_deterministic_cudnn expects a bool, but got numpy.bool
"""
