"""from_numpy wraps a read-only array anyway, with a warning that torch gives once per process.

>>> import subprocess
>>> import sys
>>> import warnings
>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import shares_memory
>>> frozen = np.arange(3.0)
>>> frozen.flags.writeable = False
>>> code = '''
... import warnings, numpy as np, torch
... frozen = np.arange(3.0)
... frozen.flags.writeable = False
... with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     t = torch.as_tensor(frozen)
...     for _ in range(3):
...         t = torch.from_numpy(frozen)
... print(len(caught), "warning for 1 as_tensor and 3 from_numpy calls")
... '''
>>> print(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip())  # a fresh process: as_tensor used up the one warning #zh: 在一个新进程里运行：唯一的一次警告已被 as_tensor 用掉
1 warning for 1 as_tensor and 3 from_numpy calls
>>> torch.set_warn_always(True)  # torch's switch for warnings it gives once #zh: torch 的开关：让只发一次的警告每次都发
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     t = torch.from_numpy(frozen)
>>> torch.set_warn_always(False)
>>> print(str(caught[0].message).split(". ")[0])
The given NumPy array is not writable, and PyTorch does not support non-writable tensors
>>> shares_memory(t, frozen)  # wrapped all the same #zh: 照样包装，共享内存
True
"""
