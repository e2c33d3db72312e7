"""Wrapping a model in DDP copies rank 0's parameters and buffers to every rank.

>>> import torch
>>> from torch import nn
>>> from torch.nn.parallel import DistributedDataParallel
>>> from torchnotes.distributed import run_workers
>>> def first_weight(rank, world_size):
...     torch.manual_seed(rank)  # each rank initialises differently on purpose #zh: 故意让每个 rank 的初始化不同
...     model = nn.Linear(2, 1)
...     model.register_buffer("tag", torch.tensor(10.0 * rank))  # a buffer that differs too #zh: 缓冲区也各不相同
...     before = model.weight.detach().clone()
...     DistributedDataParallel(model)  # broadcasts rank 0's parameters and buffers #zh: 广播 rank 0 的参数和缓冲区
...     return before, model.weight.detach(), model.tag.item()
>>> for rank, (before, after, tag) in enumerate(run_workers(first_weight, world_size=2)):
...     print(f"rank {rank}: before {before}, after {after}, buffer {tag}")
rank 0: before tensor([[-0.0053,  0.3793]]), after tensor([[-0.0053,  0.3793]]), buffer 0.0
rank 1: before tensor([[ 0.3643, -0.3121]]), after tensor([[-0.0053,  0.3793]]), buffer 0.0
"""
