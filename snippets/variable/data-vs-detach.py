"""Prefer detach() to .data: autograd notices an in-place change made through detach(), not through .data.

>>> import torch
>>> a = torch.tensor([0.0, 1.0], requires_grad=True)
>>> y = a.sigmoid()  # backward needs y itself: sigmoid'(a) = y * (1 - y) #zh: 反向传播要用到 y 本身：sigmoid'(a) = y * (1 - y)
>>> d = y.detach()
>>> d.data_ptr() == y.data_ptr()  # detach shares memory; clone() when you need a copy #zh: detach 共享内存；需要副本时调用 clone()
True
>>> _ = d.zero_()  # also shares the version counter with y #zh: 还与 y 共享版本计数器
>>> try:
...     y.sum().backward()
... except RuntimeError as error:
...     print(str(error).split(":")[0])
one of the variables needed for gradient computation has been modified by an inplace operation
>>> y = a.sigmoid()
>>> _ = y.data.zero_()  # the same change through .data goes unnoticed #zh: 通过 .data 做同样的修改，没有被察觉
>>> y.sum().backward()
>>> a.grad  # silently wrong: should be [0.2500, 0.1966] #zh: 悄无声息地算错了：应为 [0.2500, 0.1966]
tensor([0., 0.])
>>> from torchnotes.tensors import as_leaf
>>> leaf = as_leaf(a * 2)  # what Variable(t, requires_grad=True) meant: a fresh leaf #zh: Variable(t, requires_grad=True) 的本意：一个新的叶子张量
>>> leaf.is_leaf, leaf.requires_grad, leaf.grad_fn
(True, True, None)
"""
