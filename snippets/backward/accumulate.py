"""Gradients add up in .grad across backward calls; a graph is freed after one backward unless retain_graph=True.

>>> import torch
>>> w = torch.tensor([1.0, 2.0], requires_grad=True)
>>> loss = (w ** 2).sum()
>>> loss.backward(retain_graph=True)  # keep the saved tensors for another pass #zh: 保留保存的张量，以便再反向传播一次
>>> w.grad
tensor([2., 4.])
>>> loss.backward()  # the second pass adds to .grad #zh: 第二次反向传播累加到 .grad 上
>>> w.grad
tensor([4., 8.])
>>> loss.backward()  # the graph was freed by the pass above #zh: 上一次反向传播已经释放了计算图
Traceback (most recent call last):
    ...
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
>>> opt = torch.optim.SGD([w], lr=0.1)
>>> opt.step()  # step() reads .grad and leaves it as it is #zh: step() 读取 .grad，但不清除它
>>> w.detach(), w.grad
(tensor([0.6000, 1.2000]), tensor([4., 8.]))
>>> total = w.sum()  # sum saves no tensor for backward #zh: sum 不为反向传播保存任何张量
>>> total.backward()
>>> total.backward()  # so a second pass works without retain_graph #zh: 所以不用 retain_graph 也能再反向传播一次
>>> w.grad  # 4 + 1 + 1, 8 + 1 + 1 #zh: 即 4 + 1 + 1，8 + 1 + 1
tensor([ 6., 10.])
"""
