"""ImageFolder over images written here: one folder per class, labels from the sorted folder names.

>>> import pathlib
>>> import tempfile
>>> import torch
>>> from PIL import Image
>>> from torchvision import datasets
>>> from torchvision.transforms import v2
>>> from torchnotes.vision import image_folder_samples
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> colours = {"red": (255, 0, 0), "blue": (0, 0, 255)}
>>> for name, rgb in colours.items():
...     (root / name).mkdir()
...     for i in range(2):
...         Image.new("RGB", (4, 4), rgb).save(root / name / f"{i}.png")
>>> _ = (root / "red" / "notes.txt").write_text("not an image")  # skipped: not an image extension #zh: 被跳过：不是图像扩展名
>>> ds = datasets.ImageFolder(root, transform=v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]))
>>> ds.classes, ds.class_to_idx  # sorted names, not the order written #zh: 按名字排序，而不是写入顺序
(['blue', 'red'], {'blue': 0, 'red': 1})
>>> [(pathlib.Path(p).relative_to(root).as_posix(), label) for p, label in ds.samples]
[('blue/0.png', 0), ('blue/1.png', 0), ('red/0.png', 1), ('red/1.png', 1)]
>>> image, label = ds[2]
>>> image[:, 0, 0], label  # a red pixel, class 1 #zh: 红色像素，类别 1
(tensor([1., 0., 0.]), 1)
>>> image_folder_samples(root) == (ds.classes, ds.samples)
True
>>> (root / "amber").mkdir()
>>> Image.new("RGB", (4, 4), (255, 190, 0)).save(root / "amber" / "0.png")
>>> datasets.ImageFolder(root).class_to_idx  # a new folder that sorts first shifts every label #zh: 排序靠前的新文件夹让所有标签都移位
{'amber': 0, 'blue': 1, 'red': 2}
"""
