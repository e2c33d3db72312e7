"""Resize(int) matches the shorter side and keeps the aspect ratio; Resize((h, w)) sets both sides.

>>> from PIL import Image
>>> from torchvision.transforms import v2
>>> image = Image.new("RGB", (64, 48))  # PIL sizes are (width, height) #zh: PIL 的尺寸是 (宽, 高)
>>> v2.Resize(24)(image).size  # shorter side 48 -> 24, width follows #zh: 短边 48 -> 24，宽度按比例变化
(32, 24)
>>> v2.Resize((24, 24))(image).size  # (height, width): the image is squeezed #zh: (高, 宽)：图像被压扁
(24, 24)
>>> v2.Resize(24, max_size=30)(image).size  # the longer side capped at 30 #zh: 长边不超过 30
(30, 22)
>>> v2.Compose([v2.Resize(24), v2.CenterCrop(24)])(image).size  # the usual square input #zh: 常见的正方形输入
(24, 24)
"""
