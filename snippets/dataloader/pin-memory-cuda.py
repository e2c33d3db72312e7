"""On CUDA, pin_memory=True hands out page-locked batches; .to(non_blocking=True) copies from them without waiting.

>>> import torch
>>> from torch.utils.data import DataLoader
>>> batch = next(iter(DataLoader(torch.arange(4), batch_size=2, pin_memory=True)))
>>> batch.is_pinned()
>>> plain = next(iter(DataLoader(torch.arange(4), batch_size=2)))
>>> plain.is_pinned()
>>> on_gpu = batch.to("cuda", non_blocking=True)  # may return before the copy ends #zh: 可能在复制结束前就返回
>>> on_gpu.device, on_gpu.tolist()  # reading it waits for the copy on its stream #zh: 读取时会等同一个流上的复制完成
"""
REQUIRES = "cuda"
