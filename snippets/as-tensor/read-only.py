"""A read-only array is shared anyway; torch warns about it once per process, not once per call.

>>> import subprocess
>>> import sys
>>> import warnings
>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> frozen = np.broadcast_to(np.arange(3.0), (2, 3))  # a read-only view #zh: 一个只读视图
>>> frozen.flags.writeable
False
>>> code = '''
... import warnings, numpy as np, torch
... frozen = np.broadcast_to(np.arange(3.0), (2, 3))
... with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     for _ in range(3):
...         t = torch.as_tensor(frozen)
... print(len(caught), "warning for 3 calls")
... print(str(caught[0].message).split(" (Triggered")[0])
... '''
>>> print(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip())  # a fresh process #zh: 在一个新进程里运行
1 warning for 3 calls
The given NumPy array is not writable, and PyTorch does not support non-writable tensors. This means writing to this tensor will result in undefined behavior. You may want to copy the array to protect its data or make it writable before converting it to a tensor. This type of warning will be suppressed for the rest of this program.
>>> torch.set_warn_always(True)  # torch's switch for warnings it gives once #zh: torch 的开关：让只发一次的警告每次都发
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     t = torch.as_tensor(frozen)
...     u = torch.as_tensor(frozen)
>>> torch.set_warn_always(False)
>>> len(caught), shares_memory(t, frozen)  # now every call warns, and the memory is shared anyway #zh: 现在每次调用都警告，内存照样共享
(2, True)
"""
