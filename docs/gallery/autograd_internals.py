"""
[zh]
# 自动求导内部机制：把计算图拆开来看

本例搭一个很小的模型，然后逐层打开自动求导（autograd）记录下来的东西：叶子张量与非叶子张量、
`grad_fn` 与 `next_functions` 组成的计算图（画成图）、为反向传播保存的张量、张量上的钩子（hook）、
梯度累加与 `zero_grad`、图中的自定义 Function、`retain_graph` 与 `create_graph`，最后用异常检测找出产生 NaN 的运算。
正文中的每个说法都由紧随其后的代码打印出来。

[en]
# Autograd internals: taking the graph apart

This example builds a tiny model and opens up, layer by layer, what autograd recorded:
leaf and non-leaf tensors, the graph of `grad_fn` and `next_functions` (drawn), the
tensors saved for backward, hooks on tensors, gradient accumulation and `zero_grad`, a
custom Function in the graph, `retain_graph` and `create_graph`, and finally anomaly
detection finding the operation that made a NaN. Every statement in the text is printed
by the code right after it.
"""

import matplotlib.pyplot as plt
import torch
from torch import nn

from torchnotes.autograd import graph_nodes, softplus


class Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.tensor([0.5, -1.0]))
        self.b = nn.Parameter(torch.tensor(0.1))


model = Tiny()
w, b = model.w, model.b
x = torch.tensor([2.0, 1.0])
target = torch.tensor(0.3)


def forward(w, b):
    h = torch.tanh((w * x).sum() + b)
    return (h - target) ** 2, h


loss, h = forward(w, b)
for name, t in [("w", w), ("b", b), ("x", x), ("h", h), ("loss", loss)]:
    node = None if t.grad_fn is None else t.grad_fn.name()
    print(f"{name:4s} is_leaf={t.is_leaf!s:5s} requires_grad={t.requires_grad!s:5s} grad_fn={node}")

# %%
# [zh]
# ## 叶子张量与节点
#
# `w`、`b` 和数据 `x` 都是叶子张量（leaf tensor）：它们不是由被记录的运算产生的，`grad_fn` 为 `None`。
# `h` 和 `loss` 是运算的结果，各自带着产生它们的节点。`x` 不需要梯度，所以计算图中没有它的节点：
# 在 `next_functions` 里它的位置是 `None`；而 `w`、`b` 各由一个 `AccumulateGrad` 节点代表。
#
# [en]
# ## Leaves and nodes
#
# `w`, `b` and the data `x` are all leaf tensors: no recorded operation produced them, and
# their `grad_fn` is `None`. `h` and `loss` are results, each carrying the node that made
# it. `x` does not require grad, so it has no node in the graph: its place in
# `next_functions` is `None`; `w` and `b` are each represented by an `AccumulateGrad` node.

mul = h.grad_fn.next_functions[0][0].next_functions[0][0].next_functions[0][0]
print(mul.name(), "->", [None if n is None else type(n).__name__ for n, _ in mul.next_functions])
print("the AccumulateGrad node points at w:", mul.next_functions[0][0].variable is w)

# %%
# [zh]
# ## 遍历并画出计算图
#
# `graph_nodes` 从 `loss.grad_fn` 出发沿 `next_functions` 遍历，按反向传播在 CPU 上执行的顺序列出节点。
# 下图把每个节点放在它与根节点的最长距离那一层，箭头就是 `next_functions`，也就是梯度流动的方向。
# 给每个节点挂上预钩子（pre-hook）记录实际执行顺序，结果与列表一致。
#
# [en]
# ## Walking and drawing the graph
#
# `graph_nodes` walks `next_functions` from `loss.grad_fn` and lists the nodes in the order
# backward runs them on the CPU. The figure puts each node on the level of its longest
# distance from the root; the arrows are `next_functions`, the direction gradients flow.
# Pre-hooks on every node record the order backward really runs them: the same as the list.

nodes = graph_nodes(loss)
for k, (name, nxt) in enumerate(nodes):
    print(k, name, "->", nxt)


def draw(nodes, title):
    depth = [0] * len(nodes)
    for k, (_, nxt) in enumerate(nodes):  # topological order: parents are final first #zh: 拓扑顺序：父节点先确定
        for m in nxt:
            depth[m] = max(depth[m], depth[k] + 1)
    levels = {}
    for k, d in enumerate(depth):
        levels.setdefault(d, []).append(k)
    pos = {}
    for d, members in levels.items():
        for i, k in enumerate(members):
            pos[k] = (i - (len(members) - 1) / 2, -d)
    fig, ax = plt.subplots(figsize=(6, 1.1 * (max(depth) + 1)))
    for k, (_, nxt) in enumerate(nodes):
        for m in nxt:
            ax.annotate("", xy=pos[m], xytext=pos[k],
                        arrowprops={"arrowstyle": "->", "color": "0.4", "shrinkA": 14, "shrinkB": 14})
    for k, (name, _) in enumerate(nodes):
        colour = "#cfe8cf" if name == "AccumulateGrad" else "#dde6f5"
        ax.text(*pos[k], f"{k}: {name}", ha="center", va="center", fontsize=9,
                bbox={"boxstyle": "round", "facecolor": colour, "edgecolor": "0.3"})
    xs = [p[0] for p in pos.values()]
    ax.set_xlim(min(xs) - 1.2, max(xs) + 1.2)
    ax.set_ylim(-max(depth) - 0.6, 0.6)
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()


draw(nodes, "backward graph of loss (arrows: next_functions)")

ran, stack, seen = [], [loss.grad_fn], set()
while stack:
    node = stack.pop()
    if node is not None and node not in seen:
        seen.add(node)
        node.register_prehook(lambda grads, node=node: ran.append(type(node).__name__))
        stack += [n for n, _ in node.next_functions]
loss.backward()
print("order backward ran:", ran)
print("same as graph_nodes:", ran == [name for name, _ in nodes])

# %%
# [zh]
# ## 为反向传播保存的张量
#
# 前向传播时，节点会保存反向传播需要的张量。`torch.autograd.graph.saved_tensors_hooks` 可以拦截这些张量：
# `pack` 在保存时调用，`unpack` 在反向传播读取时调用。`tanh` 保存的是它的输出（由 `TanhBackward0` 产生的张量），
# `pow` 保存的是底数（`h - target`，由 `SubBackward0` 产生），乘法只保存了另一个因子 `x`：`w` 的梯度需要它，
# 而 `x` 不需要梯度，所以 `w` 本身不必保存。三个保存的张量在反向传播时各被读取一次。
#
# [en]
# ## Tensors saved for backward
#
# During the forward pass nodes save the tensors their backward will need.
# `torch.autograd.graph.saved_tensors_hooks` intercepts them: `pack` runs when a tensor is
# saved, `unpack` when backward reads it. `tanh` saves its output (a tensor made by
# `TanhBackward0`), `pow` its base (`h - target`, made by `SubBackward0`), and the
# multiplication only the other factor `x`: `w`'s gradient needs it, while `x` needs no
# gradient, so `w` itself need not be saved. Backward reads each saved tensor once.

events = []


def pack(t):
    made_by = None if t.grad_fn is None else t.grad_fn.name()
    events.append(f"pack   shape={tuple(t.shape)} is x: {t is x!s:5s} is w: {t is w!s:5s} made by: {made_by}")
    return t


def unpack(t):
    events.append(f"unpack shape={tuple(t.shape)}")
    return t


w.grad = b.grad = None
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    loss, h = forward(w, b)
print("\n".join(events))
events.clear()
loss.backward()
print("during backward:", events)

# %%
# [zh]
# ## 张量上的钩子
#
# `register_hook` 在梯度流经某个张量时调用一个函数：它能看到这个梯度，返回的张量会替换原来的梯度。
# 下面把流经 `h` 的梯度减半，`w` 和 `b` 的梯度也随之减半。
#
# [en]
# ## A hook on a tensor
#
# `register_hook` calls a function when the gradient flows through a tensor: it sees the
# gradient, and a tensor it returns replaces it. Halving the gradient that flows through
# `h` halves the gradients of `w` and `b` too.

full = (w.grad.clone(), b.grad.clone())
w.grad = b.grad = None
loss, h = forward(w, b)
h.register_hook(lambda g: print("gradient arriving at h:", g) or g / 2)
loss.backward()
print("w.grad halved:", torch.allclose(w.grad, full[0] / 2), " b.grad halved:", torch.allclose(b.grad, full[1] / 2))

# %%
# [zh]
# ## 梯度累加与 zero_grad
#
# 每次反向传播都把梯度**加**到 `.grad` 上，而不是覆盖。所以训练循环在每次反向传播之前要清除梯度，这正是
# `zero_grad()` 存在的原因（这里用的是模块的 `model.zero_grad()`）。从 PyTorch 2.0 起它默认把 `.grad` 设为 `None`，而不是填 0（见 [2.0 发布说明](https://github.com/pytorch/pytorch/releases/tag/v2.0.0)）。
#
# [en]
# ## Gradient accumulation and zero_grad
#
# Every backward **adds** to `.grad` instead of overwriting it, so a training loop clears
# the gradients before each backward: that is what `zero_grad()` is for (here the module's,
# `model.zero_grad()`). Since PyTorch 2.0 it sets `.grad` to `None` by default rather than
# filling in zeros ([2.0 release notes](https://github.com/pytorch/pytorch/releases/tag/v2.0.0)).

model.zero_grad()
first = torch.autograd.grad(forward(w, b)[0], w)[0]
for step in range(3):
    loss, _ = forward(w, b)
    loss.backward()
    print(f"after backward {step + 1}: w.grad = {w.grad}, {step + 1} x one gradient: "
          f"{torch.allclose(w.grad, (step + 1) * first)}")
model.zero_grad()
print("after zero_grad:", w.grad)

# %%
# [zh]
# ## 图中的自定义 Function
#
# 把 `tanh` 换成 `torchnotes.autograd.softplus`（一个自定义 `torch.autograd.Function`），
# 它在图中就是一个名为 `_SoftplusBackward` 的 Python 节点，梯度与内置的 `softplus` 相同。
#
# [en]
# ## A custom Function in the graph
#
# Replace `tanh` by `torchnotes.autograd.softplus`, a custom `torch.autograd.Function`:
# it appears in the graph as one Python node named `_SoftplusBackward`, and its gradients
# equal the built-in `softplus`'s.

z = softplus((w * x).sum() + b)
print([name for name, _ in graph_nodes(z)])
(g_custom,) = torch.autograd.grad(z, w)
(g_builtin,) = torch.autograd.grad(torch.nn.functional.softplus((w * x).sum() + b), w)
print("same gradient as F.softplus:", torch.allclose(g_custom, g_builtin))
draw(graph_nodes(z), "a custom Function is one node")

# %%
# [zh]
# ## retain_graph 与 create_graph
#
# 反向传播结束后，保存的张量会被释放，所以对保存了张量的计算图再做一次反向传播就会报错；`retain_graph=True` 保留它们。
# `create_graph=True` 则把反向传播本身也记录下来，得到的梯度还能再求导，例如二阶导数。
#
# [en]
# ## retain_graph and create_graph
#
# After backward the saved tensors are freed, so a second backward through a graph that
# saved tensors raises; `retain_graph=True` keeps them. `create_graph=True` records the backward pass itself, so
# the gradient can be differentiated again, for second derivatives.

loss, _ = forward(w, b)
loss.backward()
try:
    loss.backward()
except RuntimeError as error:
    print("second backward:", str(error).split(".")[0])
loss, _ = forward(w, b)
loss.backward(retain_graph=True)
loss.backward()
print("with retain_graph=True the second backward works")

t = torch.tensor(2.0, requires_grad=True)
(dy,) = torch.autograd.grad(t ** 3, t, create_graph=True)
(d2y,) = torch.autograd.grad(dy, t)
print(f"d/dt t^3 = {dy.item()} (3t^2), d2/dt2 = {d2y.item()} (6t), dy has grad_fn {dy.grad_fn.name()}")

# %%
# [zh]
# ## 用异常检测找出 NaN 的来源
#
# `sqrt` 在 0 处的导数是无穷大，乘上 0 就成了 NaN，而前向传播的结果完全正常。
# 不开异常检测时，NaN 只是悄悄出现在 `.grad` 里；在 `torch.autograd.detect_anomaly()` 中，
# 返回 NaN 的那个反向节点会立即报错，并点名是哪个运算。
#
# [en]
# ## Anomaly detection finds where a NaN came from
#
# The derivative of `sqrt` at 0 is infinite, and times 0 it becomes NaN, while the forward
# result is perfectly fine. Without anomaly detection the NaN just appears in `.grad`;
# inside `torch.autograd.detect_anomaly()` the backward node that returns NaN raises at
# once, naming the operation.

u = torch.tensor([0.0, 4.0], requires_grad=True)
print("d sqrt(u) / du:", torch.autograd.grad(torch.sqrt(u).sum(), u)[0])
out = (torch.sqrt(u) * torch.tensor([0.0, 1.0])).sum()
print("forward result:", out.item())
out.backward()
print("gradient without anomaly detection:", u.grad)
u.grad = None
import warnings  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # detect_anomaly also prints the forward traceback as a warning #zh: detect_anomaly 还会把前向的调用栈作为警告打印出来
    with torch.autograd.detect_anomaly():
        out = (torch.sqrt(u) * torch.tensor([0.0, 1.0])).sum()
        try:
            out.backward()
        except RuntimeError as error:
            print("detect_anomaly:", error)
