"""On a machine with a GPU: which devices torch sees, and what pick_device chooses.

>>> import torch
>>> from torchnotes.devices import pick_device
>>> torch.cuda.is_available(), torch.cuda.device_count() > 0
>>> pick_device(), pick_device(["mps", "cpu"])
>>> torch.zeros(2, device=pick_device()).device
"""
REQUIRES = "cuda"
