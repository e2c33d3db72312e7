"""Only operations with an input that requires grad are recorded; .grad records nothing and is None until backward writes it.

>>> import torch
>>> _ = torch.manual_seed(0)
>>> data = torch.randn(4, 3)  # nothing here requires grad #zh: 这里没有张量需要梯度
>>> (data * 2).grad_fn is None  # not recorded, and no no_grad is needed for that #zh: 不会记录，也不需要 no_grad
True
>>> w = torch.ones(3, requires_grad=True)
>>> y = (data * w).sum()
>>> y.grad_fn.name(), w.grad is None  # recorded, but .grad is still empty #zh: 已记录，但 .grad 仍为空
('SumBackward0', True)
>>> y.backward()
>>> w.grad  # written by backward: the column sums of data #zh: 由反向传播写入：即 data 每列之和
tensor([ 2.1094, -1.1366, -4.1146])
"""
