"""FakeData: random images with labels, no files and no download; a transform turns each PIL image into a tensor.

>>> import torch
>>> from torch.utils.data import DataLoader
>>> from torchvision import datasets
>>> from torchvision.transforms import v2
>>> raw = datasets.FakeData(size=6, image_size=(3, 6, 8), num_classes=3)
>>> image, label = raw[0]
>>> type(image).__name__, image.size, label  # a PIL image, (width, height); image_size was (C, H, W) #zh: PIL 图像，(宽, 高)；image_size 是 (C, H, W)
('Image', (8, 6), 0)
>>> torch.equal(v2.functional.pil_to_tensor(raw[0][0]), v2.functional.pil_to_tensor(raw[0][0]))  # the same image every time #zh: 每次都是同一张图像
True
>>> to_float = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
>>> ds = datasets.FakeData(size=6, image_size=(3, 6, 8), num_classes=3, transform=to_float)
>>> images, labels = next(iter(DataLoader(ds, batch_size=4)))
>>> images.shape, images.dtype, labels.dtype
(torch.Size([4, 3, 6, 8]), torch.float32, torch.int64)
"""
