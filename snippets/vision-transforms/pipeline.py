"""A training pipeline: random crop, colour jitter, float conversion, normalisation; torch.manual_seed repeats the random choices.

>>> import torch
>>> import torchvision
>>> from PIL import Image
>>> torchvision.__version__.split("+")[0]  # the torchvision these examples ran with #zh: 运行这些示例所用的 torchvision
'0.29.1'
>>> from torchvision.transforms import v2
>>> image = Image.new("RGB", (64, 48), (200, 120, 40))  # width 64, height 48 #zh: 宽 64，高 48
>>> train = v2.Compose([
...     v2.RandomCrop(32),
...     v2.RandomHorizontalFlip(),
...     v2.ColorJitter(brightness=0.4, contrast=0.4, saturation=0.4, hue=0.1),
...     v2.ToImage(),
...     v2.ToDtype(torch.float32, scale=True),
...     v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
... ])
>>> _ = torch.manual_seed(0)
>>> a = train(image)
>>> a.shape, a.dtype
(torch.Size([3, 32, 32]), torch.float32)
>>> _ = torch.manual_seed(0)
>>> torch.equal(train(image), a)  # the random parameters come from torch's generator #zh: 随机参数来自 torch 的生成器
True
>>> torch.equal(train(image), a)  # a new draw each call #zh: 每次调用都重新抽取
False
>>> v2.ColorJitter(hue=0.1)  # hue too, not only brightness, contrast and saturation #zh: 还有色调，不只是亮度、对比度、饱和度
ColorJitter(hue=(-0.1, 0.1))
"""
