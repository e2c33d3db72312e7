"""
[zh]
# 量化：一个训练好的小模型在动态量化前后

先训练一个小的多层感知机（MLP），再用 `torch.ao.quantization.quantize_dynamic` 把它的 `Linear` 层换成 int8 版本，
然后比较量化前后的三件事：保存下来的文件大小、测试集上的精度和 CPU 上的推理延迟。
这套 eager 模式的 API 已被弃用，推荐改用 [torchao](https://github.com/pytorch/ao)；本例只用 torch 本身，不运行 torchao。

[en]
# Quantization: a small trained model before and after dynamic quantization

We train a small multilayer perceptron (MLP), swap its `Linear` layers for int8 versions
with `torch.ao.quantization.quantize_dynamic`, and compare three things before and after:
the size of the saved file, the accuracy on a test set and the inference latency on the
CPU. This eager-mode API is deprecated in favour of
[torchao](https://github.com/pytorch/ao); the example uses torch alone and does not run
torchao.
"""

import io
import time
import warnings

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

from torchnotes.quantization import dynamic_quantize_linear_weight

torch.manual_seed(0)
torch.set_num_threads(1)  # latency of one thread: comparable from run to run #zh: 单线程延迟：每次运行之间可比

# %%
# [zh]
# ## 数据和模型
#
# 数据由一个随机的「教师」网络生成：32 维输入，10 个类别。学生模型是 32 → 256 → 256 → 10 的 MLP，用 Adam 训练 300 步。
#
# [en]
# ## Data and model
#
# A random "teacher" network labels the data: 32 input features, 10 classes. The student
# is a 32 → 256 → 256 → 10 MLP trained with Adam for 300 steps.

teacher = nn.Sequential(nn.Linear(32, 64), nn.Tanh(), nn.Linear(64, 10))
x_train, x_test = torch.randn(4096, 32), torch.randn(2048, 32)
with torch.no_grad():
    y_train, y_test = teacher(x_train).argmax(1), teacher(x_test).argmax(1)

model = nn.Sequential(nn.Linear(32, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
for step in range(300):
    batch = torch.randint(0, len(x_train), (256,))
    loss = nn.functional.cross_entropy(model(x_train[batch]), y_train[batch])
    opt.zero_grad()
    loss.backward()
    opt.step()
model.eval()
print(f"final training loss {loss.item():.3f}")

# %%
# [zh]
# ## 动态量化
#
# `quantize_dynamic` 返回一个副本，三个 `Linear` 都换成了 `DynamicQuantizedLinear`；原模型保持不变。
# 同时做一个按通道（per-channel）量化的版本：每个输出行一个 scale。它会发出 `DeprecationWarning`，这里把警告记录下来并打印第一行。
#
# [en]
# ## Dynamic quantization
#
# `quantize_dynamic` returns a copy in which the three `Linear` layers are
# `DynamicQuantizedLinear`; the original model is unchanged. We also build a per-channel
# version, one scale per output row. The call issues a `DeprecationWarning`; we record it
# and print its first line.

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    per_tensor = quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
    per_channel = quantize_dynamic(model, {nn.Linear: per_channel_dynamic_qconfig})
print(caught[0].category.__name__ + ":", str(caught[0].message).splitlines()[0])
print(per_tensor)

packed = per_tensor[2].weight()
reference = dynamic_quantize_linear_weight(model[2].weight)
print("int8 weight equals torchnotes' reference:", torch.equal(packed.int_repr(), reference.int_repr))

# %%
# [zh]
# ## 大小、精度、延迟
#
# 大小是 `state_dict` 经 `torch.save` 写出的字节数；精度在 2048 个测试样本上计算；
# 延迟是单线程下对一个 64 个样本的批次做前向传播的中位数时间。延迟取决于 CPU，每次构建都会重新测量，所以页面上的数字只代表那一次运行。
#
# [en]
# ## Size, accuracy, latency
#
# Size is the number of bytes `torch.save` writes for the `state_dict`; accuracy is
# measured on 2048 test samples; latency is the median time of one forward pass over a
# batch of 64 on one thread. Latency depends on the CPU and is measured again at every
# build, so the numbers on this page describe that one run.


def saved_bytes(m):
    buffer = io.BytesIO()
    torch.save(m.state_dict(), buffer)
    return buffer.getbuffer().nbytes


@torch.no_grad()
def accuracy(m):
    return (m(x_test).argmax(1) == y_test).float().mean().item()


@torch.no_grad()
def latency_ms(m, repeats=200):
    batch = x_test[:64]
    for _ in range(20):  # warm-up #zh: 预热
        m(batch)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        m(batch)
        times.append(time.perf_counter() - start)
    return 1000 * sorted(times)[len(times) // 2]


results = {}
for name, m in (("float32", model), ("int8 per tensor", per_tensor), ("int8 per channel", per_channel)):
    results[name] = (saved_bytes(m) / 1024, 100 * accuracy(m), latency_ms(m))
    size, acc, ms = results[name]
    print(f"{name:17s} size {size:6.1f} KiB   accuracy {acc:5.2f} %   latency {ms:.3f} ms")

change = results["int8 per tensor"][1] - results["float32"][1]
print(f"accuracy change after int8 per tensor: {change:+.2f} points")
with torch.no_grad():
    agree = (model(x_test).argmax(1) == per_tensor(x_test).argmax(1)).float().mean().item()
print(f"the int8 model predicts the float model's class on {100 * agree:.2f} % of the test inputs")

# %%
# [zh]
# ## 图
#
# 文件大约缩小到四分之一多一点（偏置仍是浮点，文件也有自己的开销）；精度只变化零点几个百分点甚至不变。
# 延迟是否下降要看图：在这么小的层上，每次调用都要先量化激活，省下的矩阵乘法时间不一定能抵消这部分开销。
#
# [en]
# ## The figure
#
# The file shrinks to a little over a quarter (biases stay float, and the file has its own
# overhead); accuracy moves by a fraction of a percent, if at all. Whether latency drops
# is for the figure to say: on layers this small, quantizing the activations at every call
# may cost as much as the int8 matrix products save.

names = list(results)
colors = ["tab:blue", "tab:orange", "tab:green"]
fig, axes = plt.subplots(1, 3, figsize=(10, 3.2))
for ax, column, title in zip(axes, range(3), ("saved size (KiB)", "test accuracy (%)", "latency, batch 64 (ms)")):
    values = [results[n][column] for n in names]
    ax.bar(range(3), values, color=colors)
    ax.set_xticks(range(3), ["float32", "int8\nper tensor", "int8\nper channel"])
    ax.set_title(title)
    ax.set_ylim(0, max(values) * 1.18)  # room for the labels above the bars #zh: 给柱子上方的标签留出空间
    for i, v in enumerate(values):
        ax.annotate(f"{v:.1f}" if column < 2 else f"{v:.3f}", (i, v), ha="center", va="bottom")
axes[1].set_ylim(min(results[n][1] for n in names) - 5, 100)
fig.tight_layout()

size_ratio = results["float32"][0] / results["int8 per tensor"][0]
print(f"size ratio float32 / int8: {size_ratio:.2f}")
print("file smaller than a third of float32:", size_ratio > 3)
