"""ToTensor does more than convert: HWC to CHW and uint8 to [0, 1]; in v2 it is deprecated for ToImage + ToDtype.

>>> import warnings
>>> import numpy as np
>>> import torch
>>> from torchvision.transforms import v2
>>> from torchnotes.vision import to_float_image
>>> pixels = np.array([[[0, 128, 255], [10, 20, 30]]], dtype=np.uint8)  # H=1, W=2, C=3 #zh: 高 1、宽 2、3 个通道
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     old = v2.ToTensor()
>>> print(caught[0].category.__name__, str(caught[0].message)[:160])
UserWarning The transform `ToTensor()` is deprecated and will be removed in a future release. Instead, please use `v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale
>>> import torchvision.transforms as v1
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = v1.ToTensor()
>>> len(caught)  # the v1 class does not warn #zh: v1 的类不发警告
0
>>> old(pixels).shape, old(pixels).dtype  # channels first, float #zh: 通道在前，浮点数
(torch.Size([3, 1, 2]), torch.float32)
>>> old(pixels)[:, 0, 0]  # 128 / 255, not 128 #zh: 是 128 / 255，而不是 128
tensor([0.0000, 0.5020, 1.0000])
>>> new = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
>>> torch.allclose(new(pixels), old(pixels)), torch.equal(new(pixels), to_float_image(pixels))
(True, True)
>>> ramp = np.arange(256, dtype=np.uint8).reshape(16, 16, 1)  # every uint8 value #zh: 所有 uint8 取值
>>> torch.equal(new(ramp), old(ramp)), (new(ramp) - old(ramp)).abs().max()  # equal up to rounding in the last bit #zh: 只在最后一位的舍入上不同
(False, tensor(5.9605e-08))
>>> old(np.zeros((1, 1), dtype=np.float64)).dtype  # ToTensor keeps a float64 array float64 #zh: ToTensor 让 float64 数组保持 float64
torch.float64
>>> v2.ToDtype(torch.float32)(v2.ToImage()(pixels))[:, 0, 0]  # without scale=True: 0..255 #zh: 不加 scale=True：仍是 0..255
tensor([  0., 128., 255.])
"""
