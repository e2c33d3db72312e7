"""
[zh]
# 性能分析：找到瓶颈，修掉，再分析一次

用 `torch.profiler` 分析一个小模型的前向传播：先看耗时最多的算子（operator）表，再看内存视图，
导出可以在时间线上查看的 Chrome trace；然后修掉分析结果指出的瓶颈——一个逐行调用的 Python 循环——
换成对整个批次的一次运算，再分析一次作对比。表格中的耗时每次运行都不同，只有调用次数和相对大小值得比较。

[en]
# Profiling: find the bottleneck, fix it, profile again

We profile the forward pass of a small model with `torch.profiler`: first the table of the
operators that take the most time, then a memory view and a Chrome trace to look at on a
timeline; then we fix the bottleneck the profile points at — a Python loop that runs one
row at a time — with one batched operation, and profile again. Timings in the tables change
from run to run; only call counts and relative sizes are worth comparing.
"""

import json
import os
import time

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile, record_function

torch.manual_seed(0)
# one thread: timings compare the work, not the free cores #zh: 单线程：计时比较的是工作量，而不是恰好空闲的核数
torch.set_num_threads(1)


class RowByRow(nn.Module):
    """A block that applies its layers to one row of the batch at a time."""

    def __init__(self, width: int = 64):
        super().__init__()
        self.proj = nn.Linear(width, width)
        self.out = nn.Linear(width, 10)

    def forward(self, x):
        rows = [torch.tanh(self.proj(row)) for row in x]  # one small matmul per row #zh: 每行一次小矩阵乘法
        return self.out(torch.stack(rows))


model = RowByRow().eval()
x = torch.randn(256, 64)


def profile_model(m, **flags):
    with torch.no_grad():
        m(x)  # one call outside the profile: first calls pay one-time costs #zh: 先在性能分析之外调用一次：首次调用有一次性开销
        with profile(activities=[ProfilerActivity.CPU], **flags) as prof:
            with record_function("model_forward"):
                m(x)
    return prof


prof = profile_model(model)

# %%
# [zh]
# ## 耗时最多的算子
#
# `key_averages()` 按算子名称汇总，`table()` 按所选的列排序。`Self CPU` 是算子自身的耗时，不含它调用的其他算子；
# `# of Calls` 是调用次数。256 行的批次让 `aten::linear` 被调用了 257 次（每行一次，再加上输出层一次）。
#
# [en]
# ## The operators that take the most time
#
# `key_averages()` groups the events by operator name and `table()` sorts them by the chosen
# column. `Self CPU` is the time spent in the operator itself, without the operators it
# calls; `# of Calls` counts the calls. A batch of 256 rows makes `aten::linear` run 257
# times (once per row, plus once for the output layer).

print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=8))
calls = {e.key: e.count for e in prof.key_averages()}
print("aten::linear calls:", calls["aten::linear"], "| aten::tanh calls:", calls["aten::tanh"])

# %%
# [zh]
# ## 内存视图
#
# 加上 `profile_memory=True` 后，分析器会记录每个算子分配的内存（`CPU Mem` 含它调用的子算子，`Self CPU Mem` 只算自身）。
# 逐行循环产生了 256 个小张量，`aten::stack` 再把它们复制成一个大张量。
#
# [en]
# ## A memory view
#
# With `profile_memory=True` the profiler records the memory each operator allocates
# (`CPU Mem` includes the operators it calls, `Self CPU Mem` only its own). The loop creates
# 256 small tensors, and `aten::stack` copies them into one large tensor.

mem = profile_model(model, profile_memory=True)
print(mem.key_averages().table(sort_by="self_cpu_memory_usage", row_limit=6))
stack = {e.key: e for e in mem.key_averages()}["aten::stack"]
print(f"aten::stack allocated {stack.cpu_memory_usage} bytes = 256 x 64 float32 x 4 bytes: {256 * 64 * 4}")

# %%
# [zh]
# ## 导出 Chrome trace
#
# `export_chrome_trace` 把所有事件写成一个 JSON 文件。在 Chrome 中打开 `chrome://tracing` 或在
# [Perfetto](https://ui.perfetto.dev) 中载入它，就能在时间线上看到 `model_forward` 这一段里一长串重复的小算子。
# 下面把它写进当前目录并打印文件大小和事件数；本页底部可以下载这个文件。
#
# [en]
# ## A Chrome trace
#
# `export_chrome_trace` writes every event to one JSON file. Open `chrome://tracing` in
# Chrome or load it into [Perfetto](https://ui.perfetto.dev) to see, inside the
# `model_forward` range, a long run of repeated small operators on a timeline. Here it goes
# to the current folder and we print its size and number of events; the file is offered
# for download at the bottom of this page.

trace_path = "row_by_row.json"
prof.export_chrome_trace(trace_path)
with open(trace_path) as f:
    events = json.load(f)["traceEvents"]
print(f"{os.path.getsize(trace_path) / 1024:.0f} KiB, {len(events)} events")
names = [e["name"] for e in events if e.get("ph") == "X"]
print("aten::addmm events in the trace:", names.count("aten::addmm"))

# %%
# [zh]
# ## 修掉瓶颈，再分析一次
#
# `nn.Linear` 和 `tanh` 本来就能一次处理整个批次：把循环换成一次调用，结果不变，`aten::linear` 只剩 2 次调用。
# 下图比较两次分析中各算子的调用次数，以及在分析器之外计时、取 20 次中最快一次的前向传播耗时。
#
# [en]
# ## Fix the bottleneck, profile again
#
# `nn.Linear` and `tanh` take the whole batch at once: replacing the loop by one call gives
# the same result, and `aten::linear` is down to 2 calls. The figure compares the call
# counts of the two profiles, and the forward time measured outside the profiler (the
# fastest of 20 calls).


class Batched(RowByRow):
    def forward(self, x):
        return self.out(torch.tanh(self.proj(x)))


fast = Batched()
fast.load_state_dict(model.state_dict())
fast.eval()
with torch.no_grad():
    print("same output:", torch.allclose(model(x), fast(x), atol=1e-6))

prof_fast = profile_model(fast)
print(prof_fast.key_averages().table(sort_by="self_cpu_time_total", row_limit=6))


def summary_of(p):
    averages = p.key_averages()
    total = {e.key: e for e in averages}["model_forward"].cpu_time_total
    return {e.key: e.count for e in averages if e.key.startswith("aten::")}, total


def best_of(m, repeats=20):
    """Fastest of several timed calls, outside the profiler (which adds its own overhead)."""
    times = []
    with torch.no_grad():
        for _ in range(repeats):
            start = time.perf_counter()
            m(x)
            times.append(time.perf_counter() - start)
    return min(times) * 1000


(calls_slow, _), (calls_fast, _) = summary_of(prof), summary_of(prof_fast)
time_slow, time_fast = best_of(model), best_of(fast)
print(f"forward, best of 20: {time_slow:.3f} ms -> {time_fast:.3f} ms "
      f"({time_slow / time_fast:.0f}x faster in this run)")
print("operator calls:", sum(calls_slow.values()), "->", sum(calls_fast.values()))

ops = ["aten::linear", "aten::addmm", "aten::tanh", "aten::select", "aten::stack"]
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2))
positions = range(len(ops))
left.barh([p + 0.2 for p in positions], [calls_slow.get(o, 0) for o in ops], height=0.4, label="row by row")
left.barh([p - 0.2 for p in positions], [calls_fast.get(o, 0) for o in ops], height=0.4, label="batched")
left.set_yticks(list(positions), ops)
left.set_xscale("symlog")
left.set_xlabel("calls")
left.legend()
right.bar(["row by row", "batched"], [time_slow, time_fast], color=["C0", "C1"])
right.set_ylabel("forward time, best of 20 (ms)")
fig.tight_layout()
