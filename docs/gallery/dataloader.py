"""
[zh]
# DataLoader：把 TextDataset 的窗口组装成 batch

`Dataset` 负责「取出第 i 个样本」，`DataLoader` 负责「把样本组装成 batch 并高效地迭代」。
本例用 `torchnotes.data.TextDataset` 把一段文本切成窗口，再逐个演示 `batch_size`、`shuffle`、
`drop_last`、`num_workers` 和 `collate_fn` 这几个参数的效果。

[en]
# DataLoader: batching the windows of a TextDataset

A `Dataset` answers "give me sample i"; a `DataLoader` turns samples into batches and
iterates over them efficiently. This example cuts a text into windows with
`torchnotes.data.TextDataset` and shows what `batch_size`, `shuffle`, `drop_last`,
`num_workers` and `collate_fn` each do.
"""

import functools
import pickle

import matplotlib.pyplot as plt
import torch
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
# 共 6 个窗口、`batch_size=4` 时，最后一个 batch 只有 2 个样本；`drop_last=True` 会把它丢掉。
# 训练时丢掉不完整的 batch 可以让每步的 batch 大小一致（例如 BatchNorm 对很小的 batch 很敏感）。
#
# [en]
# ## batch_size and drop_last
#
# With 6 windows and `batch_size=4` the last batch holds only 2 samples; `drop_last=True`
# drops it. Dropping the incomplete batch keeps every training step the same size
# (BatchNorm, for one, is sensitive to tiny batches).

for drop_last in (False, True):
    loader = DataLoader(dataset, batch_size=4, drop_last=drop_last)
    shapes = [tuple(x.shape) for x, y in loader]
    print(f"drop_last={drop_last}: {len(loader)} batches, input shapes {shapes}")

# %%
# [zh]
# ## shuffle
#
# `shuffle=True` 每个 epoch 重新打乱样本顺序。顺序由全局随机数生成器决定，
# 想要可复现就传一个固定种子的 `generator`。下图画出两个 epoch 里每个窗口被取到的位置。
#
# [en]
# ## shuffle
#
# `shuffle=True` reorders the samples at every epoch. The order comes from the global
# random number generator; pass a seeded `generator` to make it reproducible. The figure
# plots when each window was drawn in two epochs.

loader = DataLoader(dataset, batch_size=1, shuffle=True, generator=torch.Generator().manual_seed(0))
orders = []
for epoch in range(2):
    # recover each window's index from its first token position: windows start at i * stride
    windows = ids.unfold(0, 4, 3)
    orders.append([int((windows == x).all(1).nonzero()) for x, y in loader])
    print(f"epoch {epoch}: window order {orders[-1]}")

fig, ax = plt.subplots(figsize=(5, 2.6))
for epoch, order in enumerate(orders):
    ax.plot(range(len(order)), order, marker="o", label=f"epoch {epoch}")
ax.set_xlabel("step")
ax.set_ylabel("window index")
ax.set_title("shuffle=True: a new order every epoch")
ax.legend()
fig.tight_layout()

# %%
# [zh]
# ## collate_fn：变长样本的 padding
#
# 按空格切出的句子长短不一，`default_collate` 无法把它们 `stack` 起来。`pad_collate` 把它们补齐，
# 同时返回 `attention_mask`。用 `functools.partial` 固定参数，而不是写 lambda：
# `num_workers > 0` 且子进程以 spawn 方式启动（Windows、macOS 的默认方式）时，`collate_fn` 必须能被 pickle。
#
# [en]
# ## collate_fn: padding variable-length samples
#
# Sentences split on spaces differ in length, so `default_collate` cannot `stack` them.
# `pad_collate` pads them and returns an `attention_mask`. Fix its arguments with
# `functools.partial` rather than a lambda: with `num_workers > 0` and workers started by
# spawn (the default on Windows and macOS) the `collate_fn` must be picklable.

sentences = ["the fox runs", "the dog sleeps while the fox runs", "quick"]
samples = [torch.tensor(vocab.encode(s.split())) for s in sentences]
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
# `num_workers=2` 用两个子进程并行取样本，主进程只负责接收 batch；结果与单进程完全一致。
# 取样本很慢（读磁盘、解码图片）时它才有意义；像这里这样的小张量，反而是启动进程的开销更大。
#
# [en]
# ## num_workers
#
# `num_workers=2` fetches samples in two worker processes while the main process only
# receives batches; the batches are identical to the single-process ones. It pays off when
# fetching is slow (disk reads, image decoding); for tiny tensors like these, starting the
# workers costs more than it saves.

single = [x for x, y in DataLoader(dataset, batch_size=2)]
workers = [x for x, y in DataLoader(dataset, batch_size=2, num_workers=2)]
print("same batches with 2 workers:", all(torch.equal(a, b) for a, b in zip(single, workers)))
