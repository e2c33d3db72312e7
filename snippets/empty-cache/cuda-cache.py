"""On CUDA: deleting a tensor keeps its memory reserved in PyTorch's cache; empty_cache() returns only that cache.

>>> import torch
>>> from torchnotes.devices import cuda_memory
>>> MiB = 2**20
>>> def show():
...     print({k: v // MiB for k, v in cuda_memory().items()}, "MiB")
>>> torch.cuda.empty_cache()
>>> x = torch.empty(64 * MiB, dtype=torch.uint8, device="cuda")
>>> y = torch.empty(32 * MiB, dtype=torch.uint8, device="cuda")
>>> show()
>>> del x  # freed by PyTorch, still reserved from the driver #zh: PyTorch 释放了它，但仍向驱动保留着这块内存
>>> show()
>>> z = torch.empty(64 * MiB, dtype=torch.uint8, device="cuda")  # reuses the cached block #zh: 复用缓存的内存块
>>> show()
>>> del z
>>> torch.cuda.empty_cache()  # returns the cache; y's memory stays #zh: 归还缓存；y 占用的内存不变
>>> show()
"""
REQUIRES = "cuda"
