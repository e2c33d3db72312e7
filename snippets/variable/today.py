"""Variable(t) wraps nothing any more: it returns a plain Tensor, cut from any graph, without a warning.

>>> import warnings
>>> import torch
>>> from torch.autograd import Variable
>>> t = torch.ones(2)
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     v = Variable(t, requires_grad=True)  # old code still runs #zh: 旧代码照样能运行
>>> len(caught)  # and nothing warns about it #zh: 而且没有任何警告
0
>>> type(v), v.requires_grad, v.is_leaf
(<class 'torch.Tensor'>, True, True)
>>> v is t, v.data_ptr() == t.data_ptr()  # a new tensor object over the same memory #zh: 一个新的张量对象，内存与 t 相同
(False, True)
>>> isinstance(t, Variable)  # every tensor passes old isinstance checks #zh: 任何张量都能通过旧的 isinstance 检查
True
>>> y = torch.ones(2, requires_grad=True) * 2  # a non-leaf tensor #zh: 一个非叶子张量
>>> type(y.grad_fn).__name__  # the graph node is the tensor's grad_fn #zh: 计算图的节点是张量的 grad_fn
'MulBackward0'
>>> Variable(y).grad_fn, Variable(y).requires_grad  # wrapping detaches: gradients stop here #zh: 包一层就脱离了计算图：梯度在这里中断
(None, False)
"""
