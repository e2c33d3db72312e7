"""Ask each backend whether it can be used, then pick a device once and use it everywhere.

>>> import torch
>>> from torchnotes.devices import pick_device
>>> torch.cuda.is_available(), torch.cuda.device_count()  # no GPU here #zh: 此处没有 GPU
(False, 0)
>>> torch.version.hip is None  # set only in a torch built for AMD GPUs (ROCm) #zh: 只有为 AMD GPU（ROCm）构建的 torch 才会设置它
True
>>> torch.backends.mps.is_available()  # Apple GPUs (MPS) are asked separately #zh: Apple GPU（MPS）要单独询问
False
>>> device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # the usual idiom #zh: 常见写法
>>> device, pick_device()  # pick_device also tries mps #zh: pick_device 还会尝试 mps
(device(type='cpu'), device(type='cpu'))
>>> model = torch.nn.Linear(3, 1).to(device)
>>> x = torch.ones(2, 3, device=device)
>>> model(x).device
device(type='cpu')
"""
REQUIRES = "no-cuda"
