"""The TF32 switches are plain flags whose defaults can be read without a GPU; the cuDNN one does not change a CPU convolution.

>>> import torch
>>> torch.backends.cudnn.allow_tf32  # cuDNN convolutions (nn.Conv2d) #zh: cuDNN 卷积（nn.Conv2d）
True
>>> torch.backends.cuda.matmul.allow_tf32  # matrix products (nn.Linear), for comparison #zh: 矩阵乘法（nn.Linear），作对比
False
>>> import torch.nn.functional as F
>>> g = torch.Generator().manual_seed(0)
>>> x, w = torch.randn(1, 8, 16, 16, generator=g), torch.randn(8, 8, 3, 3, generator=g)
>>> allowed = F.conv2d(x, w)
>>> torch.backends.cudnn.allow_tf32 = False
>>> torch.equal(F.conv2d(x, w), allowed)  # on the CPU the flag changes nothing #zh: 在 CPU 上这个开关不起作用
True
>>> torch.backends.cudnn.allow_tf32 = True
"""
