"""Variable(t) wraps nothing any more: it returns a plain Tensor, cut from any graph.

>>> import torch
>>> from torch.autograd import Variable
>>> t = torch.ones(2)
>>> v = Variable(t, requires_grad=True)  # old code still runs, without a warning
>>> type(v), v.requires_grad, v.is_leaf
(<class 'torch.Tensor'>, True, True)
>>> v is t, v.data_ptr() == t.data_ptr()  # a new tensor object over the same memory
(False, True)
>>> isinstance(t, Variable)  # every tensor passes old isinstance checks
True
>>> y = torch.ones(2, requires_grad=True) * 2  # a non-leaf tensor
>>> type(y.grad_fn).__name__  # the graph node is the tensor's grad_fn
'MulBackward0'
>>> Variable(y).grad_fn, Variable(y).requires_grad  # wrapping detaches: gradients stop here
(None, False)
"""
