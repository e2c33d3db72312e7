"""On CUDA, .to("cuda") copies the data into GPU memory; the tensor's device then reads cuda:0, not cuda.

>>> import torch
>>> x = torch.zeros(2)
>>> y = x.to("cuda")
>>> y is x, x.device, y.device
>>> y.device == torch.device("cuda"), y.device.type == "cuda"
>>> y.to("cuda") is y
>>> x + y
"""
REQUIRES = "cuda"
