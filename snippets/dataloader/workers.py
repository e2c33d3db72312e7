"""Each worker seeds torch and random with base_seed + worker_id, NumPy with a seed made from both; prefetch_factor and persistent_workers need workers.

>>> import random
>>> import numpy as np
>>> import torch
>>> from torch.utils.data import DataLoader, Dataset, get_worker_info
>>> class Noise(Dataset):
...     def __len__(self):
...         return 4
...     def __getitem__(self, i):
...         info = get_worker_info()
...         return info.id, info.seed - info.id, torch.rand(()).item(), random.random(), np.random.rand()
>>> _ = torch.manual_seed(0)
>>> loader = DataLoader(Noise(), batch_size=None, num_workers=2, multiprocessing_context="fork")
>>> rows = list(loader)
>>> [r[0] for r in rows]  # worker 0 and worker 1 take turns #zh: worker 0 和 worker 1 轮流取样本
[0, 1, 0, 1]
>>> len({r[1] for r in rows})  # one base seed for the epoch #zh: 一个 epoch 共用一个基础种子
1
>>> len({r[2] for r in rows}), len({r[3] for r in rows}), len({r[4] for r in rows})  # torch, random and NumPy all differ #zh: torch、random、NumPy 的随机数各不相同
(4, 4, 4)
>>> _ = torch.manual_seed(0)
>>> [r[2:] for r in loader] == [r[2:] for r in rows]  # same global seed, same worker randomness #zh: 全局种子相同，worker 里的随机数也相同
True
>>> def base_seeds(global_seed, generator_seed):
...     _ = torch.manual_seed(global_seed)
...     g = torch.Generator().manual_seed(generator_seed)
...     return {r[1] for r in DataLoader(Noise(), batch_size=None, num_workers=2, generator=g, multiprocessing_context="fork")}
>>> base_seeds(1, 0) == base_seeds(2, 0)  # with generator=, the base seed comes from it, not from the global seed #zh: 传了 generator 时，基础种子由它抽取，与全局种子无关
True
>>> from torch.utils.data._utils.worker import _generate_state  # torch's private helper for NumPy's seed #zh: torch 为 NumPy 生成种子的内部函数
>>> class Seeds(Dataset):
...     def __len__(self):
...         return 2
...     def __getitem__(self, i):
...         return self.seeded
>>> def check_seeds(worker_id):  # runs in each worker after seeding, before any fetch #zh: 在每个 worker 设好种子之后、取样本之前运行
...     info = get_worker_info()
...     numpy_seed = _generate_state(info.seed - info.id, info.id)  # made from base_seed and the worker id #zh: 由 base_seed 和 worker 编号算出
...     info.dataset.seeded = (torch.initial_seed() == info.seed, random.getstate() == random.Random(info.seed).getstate(),
...                            bool(np.array_equal(np.random.get_state()[1], np.random.RandomState(numpy_seed).get_state()[1])))
>>> list(DataLoader(Seeds(), batch_size=None, num_workers=2, worker_init_fn=check_seeds, multiprocessing_context="fork"))  # torch and random seeded with info.seed, NumPy with the seed made from it #zh: torch 和 random 用 info.seed 设定种子，NumPy 用由它算出的种子
[[True, True, True], [True, True, True]]
>>> DataLoader(Noise(), num_workers=0, prefetch_factor=2)
Traceback (most recent call last):
    ...
ValueError: prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 to enable multiprocessing, otherwise set prefetch_factor to None.
>>> DataLoader(Noise(), num_workers=0, persistent_workers=True)
Traceback (most recent call last):
    ...
ValueError: persistent_workers option needs num_workers > 0
>>> loader = DataLoader(Noise(), batch_size=None, num_workers=1, persistent_workers=True, multiprocessing_context="fork")
>>> first = iter(loader)
>>> second = iter(loader)  # the same worker processes serve the next epoch #zh: 下一个 epoch 仍由同一批 worker 进程服务
>>> first is second
True
"""
