"""
[zh]
# DDP：两个 CPU 进程训练出与单进程相同的模型

`DistributedDataParallel`（DDP）让每个进程训练模型的一份副本，并在反向传播时对各进程的梯度求平均。
本例在 CPU 上用 `gloo` 后端启动两个真实的进程，用 DDP 训练一个小模型；再在一个进程里用同样的数据、
同样的批次训练同一个模型。两个进程把各自的日志和最终权重传回主进程，由主进程打印出来，最后比较三份权重。

[en]
# DDP: two CPU processes train the same model as one process

`DistributedDataParallel` (DDP) trains one copy of a model per process and averages the
processes' gradients during the backward pass. This example starts two real processes on
the CPU with the `gloo` backend and trains a small model with DDP, then trains the same
model in one process on the same data in the same batches. Both processes send their log
and their final weights back to the main process, which prints them; at the end the three
sets of weights are compared.
"""

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.nn import functional as F
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

from torchnotes.distributed import distributed_sampler_indices, run_workers

torch.manual_seed(0)
X = torch.randn(64, 4)
Y = X @ torch.tensor([[1.5], [-2.0], [0.5], [1.0]]) + 0.1 * torch.randn(64, 1)
DATA = TensorDataset(X, Y)
GLOBAL_BATCH, EPOCHS, LR = 16, 3, 0.1


def make_model():
    torch.manual_seed(1)
    return nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))


print(f"{len(DATA)} samples, global batch {GLOBAL_BATCH}, {EPOCHS} epochs, SGD lr={LR}")

# %%
# [zh]
# ## 每个进程做什么
#
# 每个 rank 都构造同一个模型，用 `DistributedDataParallel` 包装，再用 `DistributedSampler` 取属于自己的那一半数据：
# 全局批次为 16 时，每个 rank 每步处理 8 行。每一轮开始时调用 `set_epoch`，让两个 rank 用同一个新的排列。
# 每个 rank 在自己的 8 行上计算均值损失，`backward` 期间 DDP 对梯度做 all-reduce 并除以 2，然后各自执行一步 SGD。
# 子进程不直接打印（两个进程同时打印，行会交错），而是把日志行和最终权重作为返回值交给 `run_workers`，由主进程按 rank 顺序打印。
#
# `run_workers` 在 Linux 上、CUDA 尚未初始化时用 `fork` 启动子进程，其他情况用 `spawn`（Windows 和 macOS 总是如此）。
# 用 `spawn` 时，调用它的代码要放在 `if __name__ == "__main__":` 之下，见 Python 文档的[启动方式](https://docs.python.org/3/library/multiprocessing.html#contexts-and-start-methods)。
#
# [en]
# ## What each process does
#
# Every rank builds the same model, wraps it in `DistributedDataParallel`, and takes its
# half of the data from a `DistributedSampler`: with a global batch of 16, each rank
# handles 8 rows per step. `set_epoch` at the start of every epoch gives both ranks the
# same new permutation. Each rank computes a mean loss on its 8 rows; during `backward`
# DDP all-reduces the gradients and divides them by 2; then each rank takes its own SGD
# step. Rather than printing from two processes at once, whose lines could interleave, every
# rank returns its log lines and final weights to `run_workers`, and the main process
# prints them in rank order.
#
# `run_workers` forks the workers on Linux while CUDA is not initialised and uses `spawn`
# otherwise (always on Windows and macOS). With `spawn`, the code that calls it belongs
# under `if __name__ == "__main__":`; see Python's
# [start methods](https://docs.python.org/3/library/multiprocessing.html#contexts-and-start-methods).


def train_ddp(rank, world_size):
    model = DistributedDataParallel(make_model())
    optimizer = torch.optim.SGD(model.parameters(), lr=LR)
    sampler = DistributedSampler(DATA, num_replicas=world_size, rank=rank, seed=0)
    loader = DataLoader(DATA, batch_size=GLOBAL_BATCH // world_size, sampler=sampler)
    log, losses = [], []
    for epoch in range(EPOCHS):
        sampler.set_epoch(epoch)
        for step, (x, y) in enumerate(loader):
            loss = F.mse_loss(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
            if step == 0:
                log.append(f"rank {rank} | epoch {epoch} | {len(x)} rows | local loss {loss.item():.4f}")
    return {"log": log, "losses": losses, "state": model.module.state_dict()}


ranks = run_workers(train_ddp, world_size=2)
for result in ranks:
    print("\n".join(result["log"]))

# %%
# [zh]
# ## 单进程训练：同样的批次
#
# 单进程的 `DistributedSampler(num_replicas=1)` 给出同一个排列，于是它每步的 16 行，
# 正好是两个 rank 在这一步各自 8 行的合集（下面检查了每一轮的第一步）。每步的损失在舍入误差之内等于两个 rank 局部损失的平均：
# 两半大小相同，两半均值的平均就是整体均值。
#
# [en]
# ## One process: the same batches
#
# In one process, `DistributedSampler(num_replicas=1)` draws the same permutation, so its 16
# rows at each step are exactly the union of the two ranks' 8 rows at that step (checked
# below for the first step of every epoch). Each step's loss is, up to rounding, the average
# of the two ranks' local losses: the halves are equal in size, so the mean of their means is
# the overall mean.

single = make_model()
optimizer = torch.optim.SGD(single.parameters(), lr=LR)
sampler = DistributedSampler(DATA, num_replicas=1, rank=0, seed=0)
loader = DataLoader(DATA, batch_size=GLOBAL_BATCH, sampler=sampler)
single_losses = []
for epoch in range(EPOCHS):
    sampler.set_epoch(epoch)
    for x, y in loader:
        loss = F.mse_loss(single(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        single_losses.append(loss.item())

for epoch in range(EPOCHS):
    whole = distributed_sampler_indices(64, 1, 0, seed=0, epoch=epoch)[:GLOBAL_BATCH]
    halves = [distributed_sampler_indices(64, 2, r, seed=0, epoch=epoch)[: GLOBAL_BATCH // 2] for r in (0, 1)]
    print(f"epoch {epoch}: first 16 rows = rank 0's 8 + rank 1's 8:", sorted(whole) == sorted(halves[0] + halves[1]))

mean_of_ranks = [(a + b) / 2 for a, b in zip(ranks[0]["losses"], ranks[1]["losses"])]
gap = max(abs(a - b) for a, b in zip(mean_of_ranks, single_losses))
print(f"{len(single_losses)} steps; largest |mean of rank losses - single loss| = {gap:.1e}")

fig, ax = plt.subplots(figsize=(5.5, 3))
steps = range(len(single_losses))
for rank, result in enumerate(ranks):
    ax.plot(steps, result["losses"], color=("tab:blue", "tab:green")[rank], alpha=0.45,
            label=f"DDP rank {rank} (its 8 rows)")
ax.plot(steps, single_losses, "k-", linewidth=2.5, label="one process (16 rows)")
ax.plot(steps, mean_of_ranks, "--", color="tab:orange", linewidth=1.5, label="mean of the two ranks")
ax.set_xlabel("step")
ax.set_ylabel("MSE loss")
ax.set_title("DDP on 2 CPU processes vs one process")
ax.legend(fontsize=8)
fig.tight_layout()

# %%
# [zh]
# ## 最终权重
#
# 两个 rank 的权重逐位相同：DDP 构造时从 rank 0 广播参数，之后每一步两边拿到的平均梯度完全一样。
# 它们与单进程的权重只差浮点舍入误差：平均两个半批次的梯度与直接在整个批次上求梯度，加法的顺序不同。
#
# [en]
# ## The final weights
#
# The two ranks' weights are equal bit for bit: DDP broadcast rank 0's parameters at
# construction, and at every step both sides received the same averaged gradient. They
# differ from the single process's weights only by floating-point rounding: averaging the
# gradients of two half-batches adds the same numbers in another order than the gradient of
# the whole batch.

rank0, rank1 = ranks[0]["state"], ranks[1]["state"]
print("rank 0 == rank 1, bit for bit:", all(torch.equal(rank0[k], rank1[k]) for k in rank0))
diff = max((rank0[k] - v).abs().max().item() for k, v in single.state_dict().items())
print(f"largest |DDP - one process| over all weights: {diff:.1e}")
print("allclose(DDP, one process):", all(torch.allclose(rank0[k], v) for k, v in single.state_dict().items()))
