"""Without a GPU, CUDA autocast and GradScaler("cuda") warn and switch themselves off: the code runs in float32.

>>> import warnings
>>> import torch
>>> from torchnotes.amp import autocast_dtypes
>>> a = torch.randn(2, 2)
>>> torch.cuda.is_available()
False
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     dtypes = autocast_dtypes({"matmul": torch.matmul}, a, a, device_type="cuda")
...     scaler = torch.amp.GradScaler("cuda")
>>> dtypes, scaler.is_enabled()
({'matmul': torch.float32}, False)
>>> for w in caught:
...     print(w.message)
CUDA is not available or torch_xla is imported. Disabling autocast.
torch.cuda.amp.GradScaler is enabled, but CUDA is not available.  Disabling.
"""
REQUIRES = "no-cuda"
