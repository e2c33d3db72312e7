"""The CPU lists differ from CUDA's: exp, softmax and layer_norm keep a bfloat16 input's dtype on the CPU.

>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.amp import autocast_dtypes
>>> _ = torch.manual_seed(0)
>>> a, w = torch.randn(4, 4), torch.randn(4, 4)
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
>>> for name, dtype in autocast_dtypes(ops, a, w).items():
...     print(f"{name:20} {dtype}")
linear               torch.bfloat16
matmul               torch.bfloat16
conv1d               torch.bfloat16
exp(linear)          torch.bfloat16
softmax(linear)      torch.bfloat16
layer_norm(linear)   torch.bfloat16
sum(linear)          torch.bfloat16
mse_loss(linear)     torch.float32
linear + a           torch.float32
>>> torch.finfo(torch.float16).max, torch.finfo(torch.bfloat16).max, torch.finfo(torch.float32).max
(65504.0, 3.3895313892515355e+38, 3.4028234663852886e+38)
>>> torch.exp(torch.tensor([12.0]).half())  # explicit float16: 162754.8 is beyond 65504 #zh: 显式转成 float16：162754.8 超出了 65504
tensor([inf], dtype=torch.float16)
>>> torch.exp(torch.tensor([12.0]).bfloat16())  # bfloat16 has nearly float32's range #zh: bfloat16 的数值范围与 float32 几乎相同
tensor([162816.], dtype=torch.bfloat16)
>>> torch.exp(torch.tensor([12.0]))  # float32: bfloat16 kept fewer significant digits #zh: float32：bfloat16 保留的有效数字更少
tensor([162754.7969])
>>> with torch.autocast("cpu"):  # CPU autocast does not cast exp: a float16 input stays float16 #zh: CPU 上的 autocast 不转换 exp：float16 输入仍是 float16
...     torch.exp(torch.tensor([12.0]).half())
tensor([inf], dtype=torch.float16)
>>> torch.tensor([1e-8]).half(), torch.tensor([1e-8]).bfloat16()  # a tiny gradient: 0 in float16, kept in bfloat16 #zh: 很小的梯度：在 float16 中是 0，在 bfloat16 中保留
(tensor([0.], dtype=torch.float16), tensor([1.0012e-08], dtype=torch.bfloat16))
"""
