"""The optimizer draws no random numbers: the same gradient gives the same step.

>>> import torch
>>> def one_step(seed):
...     _ = torch.manual_seed(seed)  # a different global seed for each run #zh: 每次运行用不同的全局随机种子
...     w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
...     opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
...     w.grad = torch.tensor([0.3, -0.3])
...     state = torch.get_rng_state()
...     opt.step()
...     return w.detach(), torch.equal(state, torch.get_rng_state())
>>> one_step(0)  # new weights, and whether the random state is untouched #zh: 新的权重，以及随机状态是否未被改动
(tensor([0.9700, 2.0300]), True)
>>> one_step(123)
(tensor([0.9700, 2.0300]), True)
>>> # the randomness of "stochastic" gradient descent comes from the mini-batches #zh: 「随机」梯度下降的随机性来自小批次的抽取
>>> _ = torch.manual_seed(0)
>>> x = torch.randn(100, 1)
>>> y = 3 * x
>>> w = torch.zeros(1, requires_grad=True)
>>> loss = ((x * w - y) ** 2).mean()  # every sample: the full-batch gradient #zh: 用全部样本：全批次梯度
>>> torch.autograd.grad(loss, w)
(tensor([-6.3051]),)
>>> batch = torch.randperm(100)[:10]  # a random mini-batch of 10 #zh: 随机抽取 10 个样本的小批次
>>> torch.autograd.grad(((x[batch] * w - y[batch]) ** 2).mean(), w)
(tensor([-4.7003]),)
"""
