"""Each recorded op leaves a node (grad_fn); next_functions are the edges back towards the leaves.

>>> import torch
>>> from torchnotes.autograd import graph_nodes
>>> w = torch.tensor([1.0, 2.0], requires_grad=True)  # a leaf that requires grad #zh: 需要梯度的叶子张量
>>> x = torch.tensor([3.0, 4.0])  # data: a leaf too, but no gradient #zh: 数据：也是叶子张量，但没有梯度
>>> b = torch.tensor(0.5, requires_grad=True)
>>> y = (w * x).sum() + b
>>> w.is_leaf, x.is_leaf, y.is_leaf
(True, True, False)
>>> y.grad_fn.name(), w.grad_fn
('AddBackward0', None)
>>> [(type(n).__name__, i) for n, i in y.grad_fn.next_functions]  # (node, which output of it) per input #zh: 每个输入对应 (节点, 该节点的第几个输出)
[('SumBackward0', 0), ('AccumulateGrad', 0)]
>>> len(w.clamp(0.0, 1.5).grad_fn.next_functions)  # number arguments get no edge #zh: 数值参数没有边
1
>>> w.sum().grad_fn.name(), w.sum(dim=0).grad_fn.name()  # the trailing number tells overloads apart #zh: 末尾的数字区分同一运算的不同重载
('SumBackward0', 'SumBackward1')
>>> mul = y.grad_fn.next_functions[0][0].next_functions[0][0]
>>> [type(n).__name__ for n, _ in mul.next_functions]  # x has no node #zh: x 没有节点
['AccumulateGrad', 'NoneType']
>>> mul.next_functions[0][0].name()  # name() of this node is its C++ name #zh: 这个节点的 name() 是它的 C++ 名字
'torch::autograd::AccumulateGrad'
>>> mul.next_functions[0][0].variable is w  # AccumulateGrad writes into w.grad #zh: AccumulateGrad 负责写入 w.grad
True
>>> for name, nxt in graph_nodes(y):
...     print(name, nxt)
AddBackward0 (2, 1)
AccumulateGrad ()
SumBackward0 (3,)
MulBackward0 (4,)
AccumulateGrad ()
>>> ran = []  # record the order in which backward really runs the nodes #zh: 记录反向传播实际执行节点的顺序
>>> stack, seen = [y.grad_fn], set()
>>> while stack:
...     node = stack.pop()
...     if node is not None and node not in seen:
...         seen.add(node)
...         _ = node.register_prehook(lambda grads, node=node: ran.append(type(node).__name__))
...         stack += [n for n, _ in node.next_functions]
>>> y.backward()
>>> ran
['AddBackward0', 'AccumulateGrad', 'SumBackward0', 'MulBackward0', 'AccumulateGrad']
"""
