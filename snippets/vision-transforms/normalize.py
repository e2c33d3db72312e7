"""Normalize subtracts the mean and divides by the std you give it; it does not compute them from the image.

>>> import torch
>>> from torchvision.transforms import v2
>>> from torchnotes.vision import normalize
>>> image = torch.tensor([[[0.2, 0.4], [0.6, 0.8]]]).expand(3, 2, 2)  # 3 channels #zh: 3 个通道
>>> out = v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])(image)
>>> out.mean(dim=(1, 2)), out.std(dim=(1, 2))  # not 0 and 1 #zh: 不是 0 和 1
(tensor([0.0655, 0.1964, 0.4178]), tensor([1.1275, 1.1527, 1.1476]))
>>> torch.equal(out, normalize(image, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]))
True
>>> v2.Normalize(mean=[0.5], std=[0.5])(torch.zeros(1, 2, 2, dtype=torch.uint8))  # float images only #zh: 只接受浮点图像
Traceback (most recent call last):
    ...
TypeError: Input tensor should be a float tensor. Got torch.uint8.
"""
