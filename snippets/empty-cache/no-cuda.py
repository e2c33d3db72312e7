"""Without CUDA the memory functions answer 0 and empty_cache() does nothing.

>>> import torch
>>> from torchnotes.devices import cuda_memory
>>> torch.cuda.is_available()
False
>>> torch.cuda.memory_allocated(), torch.cuda.memory_reserved()
(0, 0)
>>> torch.cuda.empty_cache()  # no error, nothing to release #zh: 不报错，也没有可释放的内存
>>> cuda_memory()
{'allocated': 0, 'reserved': 0, 'cached': 0}
>>> cuda_memory("cpu")  # only CUDA devices have these counters #zh: 只有 CUDA 设备有这些计数
Traceback (most recent call last):
    ...
ValueError: cuda_memory(): device must be a CUDA device, got cpu
"""
REQUIRES = "no-cuda"
