"""On CUDA, autocast defaults to float16 and runs exp, softmax, layer_norm and sum in float32.

>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.amp import autocast_dtypes
>>> _ = torch.manual_seed(0)
>>> a, w = torch.randn(4, 4, device="cuda"), torch.randn(4, 4, device="cuda")
>>> ops = {
...     "linear": lambda a, w: F.linear(a, w),
...     "matmul": lambda a, w: a @ w,
...     "conv1d": lambda a, w: F.conv1d(a[None], w[:, :, None]),
...     "exp(linear)": lambda a, w: torch.exp(F.linear(a, w)),
...     "softmax(linear)": lambda a, w: F.linear(a, w).softmax(-1),
...     "layer_norm(linear)": lambda a, w: F.layer_norm(F.linear(a, w), (4,)),
...     "sum(linear)": lambda a, w: F.linear(a, w).sum(),
...     "mse_loss(linear)": lambda a, w: F.mse_loss(F.linear(a, w), F.linear(a, w)),  # both inputs 16-bit #zh: 两个输入都是 16 位
...     "linear + a": lambda a, w: F.linear(a, w) + a,
... }
>>> for name, dtype in autocast_dtypes(ops, a, w, device_type="cuda").items():
...     print(f"{name:20} {dtype}")
"""
REQUIRES = "cuda"
