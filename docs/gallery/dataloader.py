"""
[zh]
# DataLoader：把 TextDataset 的窗口组装成批次

`Dataset` 负责「取出第 i 个样本」，`DataLoader` 负责把样本组装成批次（batch）并逐批迭代。
本例用 `torchnotes.data.TextDataset` 把一段文本切成窗口，再逐个演示 `batch_size`、`shuffle`、
`drop_last`、`collate_fn` 和 `num_workers` 这几个参数的效果。

[en]
# DataLoader: batching the windows of a TextDataset

A `Dataset` answers "give me sample i"; a `DataLoader` groups samples into batches and
iterates over them. This example cuts a text into windows with
`torchnotes.data.TextDataset` and shows what `batch_size`, `shuffle`, `drop_last`,
`collate_fn` and `num_workers` each do.
"""

import functools
import pickle
import time

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader

from torchnotes.data import TextDataset, Vocab, pad_collate

text = (
    "the quick brown fox jumps over the lazy dog and the dog sleeps "
    "while the fox runs into the forest"
)
tokens = text.split()
vocab = Vocab(tokens)
ids = torch.tensor(vocab.encode(tokens))
dataset = TextDataset(ids, seq_len=4, stride=3)
print(f"{len(tokens)} tokens, {len(vocab)} vocabulary entries, {len(dataset)} windows")

# %%
# [zh]
# ## batch_size 与 drop_last
#
# 共 6 个窗口、`batch_size=4` 时，最后一个批次只有 2 个样本；`drop_last=True` 会把它丢掉，
# 于是每一步训练的批大小都相同。不完整的批次可能小到只剩 1 个样本，而训练模式下的 BatchNorm
# 遇到只有 1 个样本的批次会直接报错。
#
# [en]
# ## batch_size and drop_last
#
# With 6 windows and `batch_size=4` the last batch holds only 2 samples; `drop_last=True`
# drops it, so every training step sees the same batch size. An incomplete batch can be as
# small as one sample, and BatchNorm in training mode raises on a batch of one.

for drop_last in (False, True):
    loader = DataLoader(dataset, batch_size=4, drop_last=drop_last)
    shapes = [tuple(x.shape) for x, y in loader]
    print(f"drop_last={drop_last}: {len(loader)} batches, input shapes {shapes}")

try:
    nn.BatchNorm1d(4).train()(torch.randn(1, 4))
except ValueError as error:
    print("BatchNorm on a batch of one:", error)

# %%
# [zh]
# ## shuffle
#
# `shuffle=True` 每一轮（epoch）都重新打乱样本顺序，下图画出两轮里每个窗口被取到的位置。
# 不传 `generator` 时，顺序取自全局随机数生成器，所以先调用 `torch.manual_seed` 就能复现；
# 传入一个设置了随机种子（seed）的 `generator`，顺序就只由它决定。
#
# [en]
# ## shuffle
#
# `shuffle=True` reorders the samples at every epoch; the figure plots when each window was
# drawn in two epochs. Without a `generator` the order is drawn from the global random
# number generator, so `torch.manual_seed` makes it repeat; with a seeded `generator` the
# order depends on that generator alone.

windows = ids.unfold(0, 4, 3)  # window i starts at i * stride #zh: 第 i 个窗口从 i * stride 开始


def window_order(loader):
    """The index of each window in the order the loader yields them (batch_size=1)."""
    return [int((windows == x).all(1).nonzero()) for x, y in loader]


loader = DataLoader(dataset, batch_size=1, shuffle=True, generator=torch.Generator().manual_seed(0))
orders = [window_order(loader) for epoch in range(2)]
for epoch, order in enumerate(orders):
    print(f"epoch {epoch}: window order {order}")

fig, ax = plt.subplots(figsize=(5, 2.6))
for epoch, order in enumerate(orders):
    ax.plot(range(len(order)), order, marker="o", label=f"epoch {epoch}")
ax.set_xlabel("step")
ax.set_ylabel("window index")
ax.set_title("shuffle=True: a new order every epoch")
ax.legend()
fig.tight_layout()

plain = DataLoader(dataset, batch_size=1, shuffle=True)
torch.manual_seed(1)
first = window_order(plain)
torch.manual_seed(1)
print("global seed repeats the order:", window_order(plain) == first)
again = DataLoader(dataset, batch_size=1, shuffle=True, generator=torch.Generator().manual_seed(0))
print("same generator seed, same first epoch:", window_order(again) == orders[0])

# %%
# [zh]
# ## collate_fn：变长样本的填充
#
# 按空格切出的句子长短不一，`default_collate` 无法把它们 `stack` 起来。`pad_collate` 把它们填充到同一长度，
# 同时返回 `attention_mask`。用 `functools.partial` 固定参数，而不是写 lambda：`partial` 能用 pickle 序列化，lambda 不能。
# 当子进程以 `spawn`（Windows、macOS 的默认方式）或 `forkserver`（Linux 上 Python 3.14 起的默认方式，
# 见 Python 文档的[启动方式](https://docs.python.org/3/library/multiprocessing.html#contexts-and-start-methods)）启动时，
# `num_workers > 0` 的 `collate_fn` 必须能被 pickle；[TextDataset](../data/text-dataset.md) 一页演示了这一点。
#
# [en]
# ## collate_fn: padding variable-length samples
#
# Sentences split on spaces differ in length, so `default_collate` cannot `stack` them.
# `pad_collate` pads them to one length and returns an `attention_mask`. Fix its arguments
# with `functools.partial` rather than a lambda: a `partial` pickles, a lambda does not.
# With `num_workers > 0` and workers started by `spawn` (the default on Windows and macOS)
# or `forkserver` (the default on Linux from Python 3.14; see Python's
# [start methods](https://docs.python.org/3/library/multiprocessing.html#contexts-and-start-methods)),
# the `collate_fn` must pickle; the
# [TextDataset](../data/text-dataset.md) page shows it.

sentences = ["the fox runs", "the dog sleeps while the fox runs", "quick"]
samples = [torch.tensor(vocab.encode(s.split())) for s in sentences]
try:
    next(iter(DataLoader(samples, batch_size=3)))
except RuntimeError as error:
    print("default_collate:", error)
collate = functools.partial(pad_collate, pad_id=vocab.pad_id)
batch = next(iter(DataLoader(samples, batch_size=3, collate_fn=collate)))
print(batch["input_ids"])
print(batch["attention_mask"])
print("partial pickles:", len(pickle.dumps(collate)) > 0)
try:
    pickle.dumps(lambda b: pad_collate(b, pad_id=vocab.pad_id))
except (pickle.PicklingError, AttributeError) as error:
    print("lambda does not pickle:", type(error).__name__)

# %%
# [zh]
# ## num_workers
#
# `num_workers=2` 把取样本和组装批次交给两个子进程，得到的批次与单进程完全相同。
# 不过这里每个样本只是切一段张量，启动子进程的开销远大于它省下的时间。
#
# [en]
# ## num_workers
#
# `num_workers=2` hands fetching and collating to two worker processes; the batches are
# identical to the single-process ones. Here, though, a sample is a tensor slice, and
# starting the workers costs far more than it saves.


def seconds(loader):
    start = time.perf_counter()
    batches = [x for x, y in loader]
    return batches, time.perf_counter() - start


single, single_time = seconds(DataLoader(dataset, batch_size=2))
workers, workers_time = seconds(DataLoader(dataset, batch_size=2, num_workers=2))
print("same batches with 2 workers:", all(torch.equal(a, b) for a, b in zip(single, workers)))
print("2 workers take more than 5x longer here:", workers_time > 5 * single_time)
