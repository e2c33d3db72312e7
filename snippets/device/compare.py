"""Compare devices through .type: "cuda" is not "cuda:0", a device never equals a string, and devices do not mix.

>>> import torch
>>> from torchnotes.tensors import describe
>>> torch.device("cuda") == torch.device("cuda:0")  # no index is not index 0 #zh: 不带编号不等于编号 0
False
>>> x = torch.zeros(2, 3)
>>> x.device == "cpu"  # a torch.device is not a str #zh: torch.device 不是字符串
False
>>> x.device.type == "cpu"
True
>>> torch.ones(2, 3, device="meta") + x  # one operation, two devices #zh: 一个运算，两个设备
Traceback (most recent call last):
    ...
RuntimeError: Tensor on device cpu is not on the expected device meta!
>>> (torch.ones(2, 3, device="meta") + torch.tensor(2.0)).device  # the exception: a 0-d CPU tensor acts like a number #zh: 例外：0 维 CPU 张量被当作普通数字
device(type='meta')
>>> describe(x.t())
'shape=(3, 2) dtype=float32 device=cpu stride=(1, 3) contiguous=False requires_grad=False'
>>> x.t().view(6)  # not contiguous: view cannot flatten it #zh: 不连续：view 无法把它展平
Traceback (most recent call last):
    ...
RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
>>> torch.zeros(3, device="meta").device
device(type='meta')
>>> with torch.device("meta"):  # default device for factories; meta tensors hold no data #zh: 工厂函数的默认设备；meta 张量不存数据
...     huge = torch.empty(100_000, 100_000)
>>> describe(huge)
'shape=(100000, 100000) dtype=float32 device=meta stride=(100000, 1) contiguous=True requires_grad=False'
"""
