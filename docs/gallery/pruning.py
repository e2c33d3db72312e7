"""
[zh]
# 剪枝：逐步剪掉一个训练好的小模型

先训练一个小型多层感知机，然后用 `torch.nn.utils.prune` 逐步提高稀疏度（sparsity，即权重中零的比例），每一步都在测试集上测准确率：
一种是一次性剪到目标稀疏度，另一种是每剪一步再微调（fine-tune）几步。最后画出准确率随稀疏度的变化，
并看看保存的文件在剪枝前后各有多大。

[en]
# Pruning: prune a trained small model step by step

We train a small multilayer perceptron, then raise its sparsity (the fraction of weights
that are zero) step by step with `torch.nn.utils.prune`, measuring test accuracy at every
step: once pruning straight to each sparsity, once pruning a little more at each step and
fine-tuning a few steps in between. Finally we plot accuracy against sparsity and look at
the size of the saved file before and after pruning.
"""

import copy
import io

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.nn.utils import prune

torch.manual_seed(0)
torch.set_num_threads(1)

# a synthetic task: a random teacher labels 20 features with 4 classes #zh: 合成任务：随机的「教师」网络把 20 维特征分成 4 类
teacher = nn.Sequential(nn.Linear(20, 32), nn.Tanh(), nn.Linear(32, 4))
with torch.no_grad():
    features = torch.randn(3000, 20)
    labels = teacher(features).argmax(1)
train_x, train_y = features[:2000], labels[:2000]
test_x, test_y = features[2000:], labels[2000:]


def make_model():
    return nn.Sequential(nn.Linear(20, 96), nn.ReLU(), nn.Linear(96, 96), nn.ReLU(), nn.Linear(96, 4))


def train(model, steps, lr=1e-2):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(train_x), train_y).backward()
        optimizer.step()
    return model


def accuracy(model):
    with torch.no_grad():
        return (model(test_x).argmax(1) == test_y).float().mean().item()


model = train(make_model(), 200)
weights = [(model[i], "weight") for i in (0, 2, 4)]
total = sum(m.weight.numel() for m, _ in weights)
print(f"trained: test accuracy {accuracy(model):.3f}, {total} weights in 3 layers")

# %%
# [zh]
# ## 一次性剪枝
#
# `prune.global_unstructured` 把三层的权重放在一起，按绝对值剪掉最小的那部分。每个稀疏度都从训练好的模型的副本开始。
#
# [en]
# ## One-shot pruning
#
# `prune.global_unstructured` ranks the weights of all three layers together and zeroes the
# smallest. Each sparsity starts from a copy of the trained model.

levels = [0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99]


def sparsity(m):
    zeros = sum(int((layer.weight == 0).sum()) for layer in (m[0], m[2], m[4]))
    return zeros / total


one_shot = []
for level in levels:
    pruned = copy.deepcopy(model)
    params = [(pruned[i], "weight") for i in (0, 2, 4)]
    prune.global_unstructured(params, pruning_method=prune.L1Unstructured, amount=level)
    one_shot.append(accuracy(pruned))
    print(f"sparsity {sparsity(pruned):.2f}: accuracy {one_shot[-1]:.3f}")

# %%
# [zh]
# ## 逐步剪枝并微调
#
# 每一步只把剩下的权重再剪掉一部分，使总稀疏度达到下一个目标，再训练 25 步。掩码（mask）在训练中一直生效：
# `weight = weight_orig * weight_mask`，被剪掉的权重没有梯度，所以微调之后它们仍然是零。
# 在这次运行中，一次性剪枝从 70%～80% 的稀疏度开始明显掉准确率，而逐步剪枝加微调直到 90% 左右仍接近原来的准确率（见下面的输出和图）。
#
# [en]
# ## Step by step, with fine-tuning
#
# At each step we prune a fraction of the weights still left, so that the overall sparsity
# reaches the next level, then train for 25 steps. The mask stays in force during training:
# `weight = weight_orig * weight_mask`, and the pruned weights get no gradient, so they are
# still zero after fine-tuning.
# In this run, one-shot pruning starts losing accuracy at 70–80 % sparsity, while pruning
# step by step with fine-tuning stays close to the original accuracy up to about 90 % (see
# the output and the figure).

iterative = copy.deepcopy(model)
params = [(iterative[i], "weight") for i in (0, 2, 4)]
fine_tuned = [accuracy(iterative)]
previous = 0.0
for level in levels[1:]:
    amount = 1 - (1 - level) / (1 - previous)  # fraction of the remaining weights #zh: 占剩余权重的比例
    prune.global_unstructured(params, pruning_method=prune.L1Unstructured, amount=amount)
    train(iterative, 25, lr=3e-3)
    fine_tuned.append(accuracy(iterative))
    previous = level
    print(f"sparsity {sparsity(iterative):.2f}: accuracy {fine_tuned[-1]:.3f} after fine-tuning")

per_layer = [f"{(m.weight == 0).float().mean().item():.3f}" for m, _ in params]
print("zeros per layer at the end (global pruning is uneven):", per_layer)

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(levels, one_shot, "o-", label="one-shot")
ax.plot(levels, fine_tuned, "s-", label="step by step + fine-tuning")
ax.set_xlabel("sparsity (fraction of weights that are zero)")
ax.set_ylabel("test accuracy")
ax.set_ylim(0, 1)
ax.grid(alpha=0.3)
ax.legend()
fig.tight_layout()

# %%
# [zh]
# ## 保存的文件并没有变小
#
# 剪枝期间 `state_dict` 里同时有 `weight_orig` 和 `weight_mask`；`prune.remove` 之后权重仍是稠密张量，零照样存储。
# 只有换成稀疏存储（例如 `to_sparse()`）文件才会变小。
#
# [en]
# ## The saved file did not shrink
#
# While pruned, the `state_dict` holds both `weight_orig` and `weight_mask`; after
# `prune.remove` the weights are dense tensors again and the zeros are stored like any other
# value. Only a sparse storage (`to_sparse()`, for example) makes the file smaller.


def saved_kib(state):
    buffer = io.BytesIO()
    torch.save(state, buffer)
    return buffer.tell() / 1024


print(f"trained model:           {saved_kib(model.state_dict()):7.1f} KiB")
print(f"pruned (orig + mask):    {saved_kib(iterative.state_dict()):7.1f} KiB")
for module, name in params:
    prune.remove(module, name)
print(f"after prune.remove:      {saved_kib(iterative.state_dict()):7.1f} KiB")
sparse = {k: v.to_sparse() for k, v in iterative.state_dict().items()}
print(f"as sparse COO tensors:   {saved_kib(sparse):7.1f} KiB")
print("accuracy unchanged by remove:", accuracy(iterative) == fine_tuned[-1])
