"""Two processes on one machine's CPU form a process group; no GPU and no second machine needed.

>>> import os
>>> import torch
>>> import torch.distributed as dist
>>> from torchnotes.distributed import run_workers
>>> dist.is_available(), dist.is_gloo_available()
(True, True)
>>> def where(rank, world_size):
...     return dist.get_backend(), rank, dist.get_world_size(), os.getpid(), torch.ones(1).device
>>> results = run_workers(where, world_size=2)
>>> [(backend, rank, size, str(device)) for backend, rank, size, _, device in results]
[('gloo', 0, 2, 'cpu'), ('gloo', 1, 2, 'cpu')]
>>> pids = {pid for *_, pid, _ in results}
>>> len(pids), os.getpid() in pids  # two new processes, not this one #zh: 两个新进程，不是当前进程
(2, False)
"""
