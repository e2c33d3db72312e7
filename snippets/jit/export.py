"""The current path: torch.export refuses the value-dependent if unless it is written with torch.cond; torch.compile follows it.

>>> import torch
>>> class Gate(torch.nn.Module):
...     def forward(self, x):
...         if x.sum() > 0:
...             return x * 2
...         return x - 1
>>> try:
...     torch.export.export(Gate(), (torch.ones(2),))
... except Exception as error:  # refuses instead of baking in a branch #zh: 拒绝导出，而不是固定一个分支
...     print(type(error).__name__)
GuardOnDataDependentSymNode
>>> class CondGate(torch.nn.Module):
...     def forward(self, x):
...         return torch.cond(x.sum() > 0, lambda x: x * 2, lambda x: x - 1, (x,))
>>> exported = torch.export.export(CondGate(), (torch.ones(2),))
>>> [getattr(n.target, "__name__", n.target) for n in exported.graph.nodes if n.op == "call_function"]  # both branches kept #zh: 两个分支都保留了
['sum.default', 'gt.Scalar', 'cond', 'getitem']
>>> sorted(name for name, _ in exported.graph_module.named_children())  # one subgraph per branch #zh: 每个分支一个子图
['false_graph_0', 'true_graph_0']
>>> exported.module()(torch.tensor([-1.0, -3.0]))
tensor([-2., -4.])
>>> compiled = torch.compile(Gate(), backend="eager")  # no code generation, no compiler needed #zh: 不生成代码，不需要编译器
>>> compiled(torch.tensor([1.0, 3.0])), compiled(torch.tensor([-1.0, -3.0]))
(tensor([2., 6.]), tensor([-2., -4.]))
>>> graph = torch.fx.symbolic_trace(torch.nn.ReLU())
>>> torch._dynamo.lookup_backend("eager")(graph, [torch.ones(2)]) == graph.forward  # eager hands back the graph's own forward #zh: eager 后端直接返回图自身的 forward
True
>>> report = torch._dynamo.explain(Gate())(torch.ones(2))
>>> report.graph_count, report.graph_break_count  # the if splits forward in two graphs #zh: if 把 forward 分成两个图
(2, 1)
"""
