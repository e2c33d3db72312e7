"""
[zh]
# 混合精度：同一个小模型用 float32 和 CPU 上的 bfloat16 autocast 各训练一次

同一个小的多层感知机（MLP），从相同的初始权重出发、看到相同的批次，分别用 float32 和 `torch.autocast("cpu", dtype=torch.bfloat16)` 训练，
比较两条损失曲线；再实测 autocast 中每个算子输出的数据类型，看看 bfloat16 为什么不需要 `GradScaler`。
最后给出 CUDA 上 float16 + `GradScaler` 的写法：那一段只在 CUDA 上运行，本页不执行它。

[en]
# Mixed precision: one small model trained in float32 and under CPU bfloat16 autocast

The same small multilayer perceptron (MLP), from the same initial weights and on the same
batches, is trained once in float32 and once under
`torch.autocast("cpu", dtype=torch.bfloat16)`; we compare the two loss curves, measure the
dtype each op returns under autocast, and see why bfloat16 needs no `GradScaler`. The last
section shows the float16 + `GradScaler` version for CUDA: it runs on CUDA only and is not
executed on this page.
"""

import copy

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from torchnotes.amp import autocast_dtypes

torch.manual_seed(0)
torch.set_num_threads(1)  # the same arithmetic order from run to run #zh: 每次运行的运算顺序相同

# %%
# [zh]
# ## 数据和模型
#
# 一个随机的「教师」网络给数据打标签：16 维输入，4 个类别。学生模型是 16 → 64 → 64 → 4 的 MLP，
# 两次训练从同一份初始权重的两个副本出发，用同样的 SGD 设置和同样的批次顺序。
#
# [en]
# ## Data and model
#
# A random "teacher" network labels the data: 16 input features, 4 classes. The student is
# a 16 → 64 → 64 → 4 MLP; both runs start from copies of the same initial weights, with the
# same SGD settings and the same order of batches.

teacher = nn.Sequential(nn.Linear(16, 32), nn.Tanh(), nn.Linear(32, 4))
x = torch.randn(2048, 16)
with torch.no_grad():
    y = teacher(x).argmax(1)
student = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 4))
order = torch.randint(0, len(x), (300, 64))  # 300 steps of 64 samples, shared by both runs #zh: 300 步、每步 64 个样本，两次训练共用


def train(use_autocast: bool) -> tuple[nn.Module, list[float]]:
    model = copy.deepcopy(student)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = []
    for batch in order:
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=use_autocast):
            logits = model(x[batch])
            loss = F.cross_entropy(logits, y[batch])
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return model, losses


fp32_model, fp32_losses = train(use_autocast=False)
amp_model, amp_losses = train(use_autocast=True)
print(f"last 50 steps, mean loss: float32 {sum(fp32_losses[-50:]) / 50:.4f}, "
      f"bfloat16 autocast {sum(amp_losses[-50:]) / 50:.4f}")
print("parameter dtypes after autocast training:", {p.dtype for p in amp_model.parameters()})
with torch.no_grad():
    agree = (fp32_model(x).argmax(1) == amp_model(x).argmax(1)).float().mean().item()
    accuracy = {name: (m(x).argmax(1) == y).float().mean().item()
                for name, m in (("float32", fp32_model), ("bfloat16 autocast", amp_model))}
print(f"accuracy on the data: {accuracy}; the two models agree on {agree:.1%} of the inputs")

# %%
# [zh]
# ## 两条损失曲线
#
# bfloat16 只有大约 3 位有效数字（下面打印的 1/3），所以两条曲线不会逐点重合；上面打印的最后 50 步平均损失和准确率说明两次训练最终到达的位置。
# 参数本身一直是 float32：autocast 只是在每次调用时临时转换。
#
# [en]
# ## Two loss curves
#
# bfloat16 keeps only about three significant digits (1/3 is printed below), so the curves
# do not coincide point by point; the mean loss of the last 50 steps and the accuracies printed above say where
# the two runs end. The parameters stay float32 throughout: autocast casts per call.

print("1/3 in bfloat16:", torch.tensor(1 / 3).bfloat16().item(), "| in float32:", torch.tensor(1 / 3).item())
gaps = [abs(a - b) for a, b in zip(fp32_losses, amp_losses)]
print(f"largest gap between the curves: {max(gaps):.4f} (step {gaps.index(max(gaps))}); "
      f"steps with identical loss: {sum(g == 0 for g in gaps)} of {len(gaps)}")

fig, ax = plt.subplots(figsize=(7, 3.5))
ax.plot(fp32_losses, label="float32", linewidth=1)
ax.plot(amp_losses, label="bfloat16 autocast (CPU)", linewidth=1, alpha=0.8)
ax.set_xlabel("step")
ax.set_ylabel("cross-entropy loss")
ax.set_yscale("log")
ax.legend()
fig.tight_layout()

# %%
# [zh]
# ## 每个算子的数据类型
#
# 用 `torchnotes.amp.autocast_dtypes` 在 autocast 中实测：线性层和矩阵乘法用 bfloat16，损失函数用 float32，
# 接在线性层后面的 `relu`、`softmax`、`exp` 保持 bfloat16（在 CPU 上；CUDA 的 float32 列表更长，见 autocast 页），
# 与 float32 张量相加则按类型提升得到 float32。
#
# [en]
# ## The dtype of each op
#
# Measured under autocast with `torchnotes.amp.autocast_dtypes`: the linear layer and matrix
# products run in bfloat16, the loss in float32; `relu`, `softmax` and `exp` after a linear
# layer keep bfloat16 (on the CPU; CUDA's float32 list is longer, see the autocast page),
# and adding a float32 tensor promotes to float32.

layer = student[0]
inputs = (x[:8], y[:8])
ops = {
    "linear": lambda a, t: layer(a),
    "matmul": lambda a, t: a @ a.T,
    "relu(linear)": lambda a, t: torch.relu(layer(a)),
    "softmax(linear)": lambda a, t: layer(a).softmax(-1),
    "exp(linear)": lambda a, t: layer(a).exp(),
    "cross_entropy(linear)": lambda a, t: F.cross_entropy(layer(a)[:, :4], t),
    "mse_loss(linear)": lambda a, t: F.mse_loss(layer(a), layer(a).detach().float()),
    "linear + float32": lambda a, t: layer(a) + torch.ones(64),
}
dtypes = autocast_dtypes(ops, *inputs)
for name, dtype in dtypes.items():
    print(f"{name:24} {str(dtype).replace('torch.', '')}")

colors = {torch.bfloat16: "#c6dbef", torch.float32: "#fdd0a2"}
fig, ax = plt.subplots(figsize=(5, 3.2))
ax.axis("off")
table = ax.table(
    cellText=[[name, str(d).replace("torch.", "")] for name, d in dtypes.items()],
    colLabels=["op under autocast (CPU)", "output dtype"],
    cellColours=[["white", colors[d]] for d in dtypes.values()],
    loc="center",
)
table.scale(1, 1.4)
fig.tight_layout()

# %%
# [zh]
# ## bfloat16 为什么不需要 GradScaler
#
# float16 能表示的最小正数是 2**-24（约 6e-8），更小的梯度会下溢为 0；bfloat16 的指数范围与 float32 相同（下面打印两者最小的正规数）。
# 下面把 float32 训练结束时的一批梯度分别转成两种类型，数一数有多少个非零梯度变成了 0，再看一个 1e-8 的梯度。
#
# [en]
# ## Why bfloat16 needs no GradScaler
#
# The smallest positive float16 is 2**-24 (about 6e-8); smaller gradients underflow to 0,
# while bfloat16 has float32's exponent range (their smallest normal numbers are printed
# below). Below, one batch of gradients of the float32
# model is cast to each type, and we count the non-zero gradients that become 0; then a
# gradient of 1e-8.

fp32_model.zero_grad()
F.cross_entropy(fp32_model(x[:64]), y[:64]).backward()
grads = torch.cat([p.grad.flatten() for p in fp32_model.parameters()])
nonzero = grads[grads != 0]
for dtype in (torch.float16, torch.bfloat16):
    lost = (nonzero.to(dtype) == 0).sum().item()
    print(f"{str(dtype):15} {lost} of {nonzero.numel()} non-zero gradients become 0; "
          f"smallest |gradient| {nonzero.abs().min().item():.2e}")
print("2**-24 and 2**-25 as float16:", torch.tensor(2**-24).half().item(), torch.tensor(2**-25).half().item())
print("smallest normal number: float32", torch.finfo(torch.float32).tiny, "| bfloat16", torch.finfo(torch.bfloat16).tiny)
print("1e-8 as float16:", torch.tensor(1e-8).half().item(), "| as bfloat16:", torch.tensor(1e-8).bfloat16().item())
print("1e-8 scaled by 2**16, as float16:", torch.tensor(1e-8 * 2**16).half().item())

# %%
# [zh]
# ## CUDA 上的 float16 与 GradScaler
#
# 在 CUDA 上，autocast 默认使用 float16，这时要用 `torch.amp.GradScaler("cuda")` 放大损失，防止小梯度下溢。
# 下面的代码只在 CUDA 上运行，本页不执行它；cuda-amp 页有同样训练步骤的 CUDA 示例。
#
# ```python
# device = "cuda"
# model = copy.deepcopy(student).to(device)
# opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
# scaler = torch.amp.GradScaler("cuda")
# for batch in order:
#     xb, yb = x[batch].to(device), y[batch].to(device)
#     with torch.autocast("cuda", dtype=torch.float16):
#         loss = F.cross_entropy(model(xb), yb)
#     opt.zero_grad()
#     scaler.scale(loss).backward()  # gradients scaled by scaler.get_scale()
#     scaler.step(opt)               # unscales; skips the step on inf/NaN
#     scaler.update()                # halves the scale after a skip, doubles it after 2000 good steps
# ```
#
# [en]
# ## float16 and GradScaler on CUDA
#
# On CUDA, autocast uses float16 by default, and `torch.amp.GradScaler("cuda")` scales the
# loss so that small gradients do not underflow. The code below runs on CUDA only and is not
# executed on this page; the cuda-amp page has a CUDA example of the same training step.
#
# ```python
# device = "cuda"
# model = copy.deepcopy(student).to(device)
# opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
# scaler = torch.amp.GradScaler("cuda")
# for batch in order:
#     xb, yb = x[batch].to(device), y[batch].to(device)
#     with torch.autocast("cuda", dtype=torch.float16):
#         loss = F.cross_entropy(model(xb), yb)
#     opt.zero_grad()
#     scaler.scale(loss).backward()  # gradients scaled by scaler.get_scale()
#     scaler.step(opt)               # unscales; skips the step on inf/NaN
#     scaler.update()                # halves the scale after a skip, doubles it after 2000 good steps
# ```

# %%
# [zh]
# 上面的代码依赖的两个默认值在任何机器上都能读到：autocast 在 `"cuda"` 上使用的数据类型，
# 以及 `GradScaler` 调整缩放系数的规则（初始 2**16，跳过一步就减半，连续 2000 步正常就翻倍；各设备相同）。
#
# [en]
# Two defaults the code above relies on can be read on any machine: the dtype autocast uses
# for `"cuda"`, and `GradScaler`'s schedule (start at 2**16, halve after a skipped step,
# double after 2000 good steps; the same for every device).

import inspect  # noqa: E402

print("autocast dtype for cuda:", torch.get_autocast_dtype("cuda"))
print("GradScaler defaults:", {name: p.default for name, p in inspect.signature(torch.amp.GradScaler).parameters.items()
                               if name in ("init_scale", "growth_factor", "backoff_factor", "growth_interval")})
