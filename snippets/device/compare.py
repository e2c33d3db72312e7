"""Compare devices through .type: "cuda" is not "cuda:0", and a device never equals a string.

>>> import torch
>>> from torchnotes.tensors import describe
>>> torch.device("cuda") == torch.device("cuda:0")  # no index is not index 0
False
>>> x = torch.zeros(2, 3)
>>> x.device == "cpu"  # a torch.device is not a str
False
>>> x.device.type == "cpu"
True
>>> describe(x.t())
'shape=(3, 2) dtype=float32 device=cpu stride=(1, 3) contiguous=False requires_grad=False'
>>> with torch.device("meta"):  # default device for factories; meta tensors hold no data
...     huge = torch.empty(100_000, 100_000)
>>> describe(huge)
'shape=(100000, 100000) dtype=float32 device=meta stride=(100000, 1) contiguous=True requires_grad=False'
"""
