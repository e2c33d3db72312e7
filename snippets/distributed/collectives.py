"""Two CPU processes joined by gloo: all_reduce, broadcast and all_gather.

>>> import torch
>>> import torch.distributed as dist
>>> from torchnotes.distributed import run_workers
>>> def collectives(rank, world_size):
...     x = torch.tensor([rank + 1.0, 10.0 * (rank + 1)])
...     summed = x.clone()
...     dist.all_reduce(summed)  # default op: SUM, in place on every rank #zh: 默认 op 为 SUM，在每个 rank 上原地修改
...     largest = x.clone()
...     dist.all_reduce(largest, op=dist.ReduceOp.MAX)
...     shared = x.clone()
...     dist.broadcast(shared, src=0)  # every rank gets rank 0's tensor #zh: 每个 rank 都拿到 rank 0 的张量
...     gathered = [torch.empty(2) for _ in range(world_size)]
...     dist.all_gather(gathered, x)
...     return {"backend": dist.get_backend(), "rank": dist.get_rank(), "own": x,
...             "sum": summed, "max": largest, "broadcast": shared, "gathered": gathered}
>>> for result in run_workers(collectives, world_size=2):
...     print(result)
{'backend': 'gloo', 'rank': 0, 'own': tensor([ 1., 10.]), 'sum': tensor([ 3., 30.]), 'max': tensor([ 2., 20.]), 'broadcast': tensor([ 1., 10.]), 'gathered': [tensor([ 1., 10.]), tensor([ 2., 20.])]}
{'backend': 'gloo', 'rank': 1, 'own': tensor([ 2., 20.]), 'sum': tensor([ 3., 30.]), 'max': tensor([ 2., 20.]), 'broadcast': tensor([ 1., 10.]), 'gathered': [tensor([ 1., 10.]), tensor([ 2., 20.])]}
"""
