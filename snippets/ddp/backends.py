"""The process-group backend torch picks for each device type: gloo for the CPU, nccl for CUDA.

>>> import torch.distributed as dist
>>> dist.get_default_backend_for_device("cpu"), dist.get_default_backend_for_device("cuda")
('gloo', 'nccl')
"""
