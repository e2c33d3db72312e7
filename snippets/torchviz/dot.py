r"""to_dot: the graph make_dot draws (output, backward nodes, named leaves) as DOT text.

>>> import torch
>>> from torch import nn
>>> from torchnotes.autograd import graph_nodes
>>> from torchnotes.profiling import to_dot
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
>>> loss = model(torch.randn(4, 3)).sum()
>>> dot = to_dot(loss, dict(model.named_parameters()))
>>> print(dot)
digraph {
    node [align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled]
    n0 [label="\n ()" fillcolor=darkolivegreen1]
    n1 [label="SumBackward0"]
    n2 -> n1
    n2 [label="ReluBackward0"]
    n3 -> n2
    n3 [label="AddmmBackward0"]
    n4 -> n3
    n5 [label="0.bias\n (2)" fillcolor=lightblue]
    n5 -> n4
    n4 [label="AccumulateGrad"]
    n6 -> n3
    n6 [label="TBackward0"]
    n7 -> n6
    n8 [label="0.weight\n (2, 3)" fillcolor=lightblue]
    n8 -> n7
    n7 [label="AccumulateGrad"]
    n1 -> n0
}
>>> graph_nodes(loss)  # the same backward nodes, as the graph walker lists them #zh: 同样的反向节点，计算图遍历器列出的样子
[('SumBackward0', (1,)), ('ReluBackward0', (2,)), ('AddmmBackward0', (3, 4)), ('AccumulateGrad', ()), ('TBackward0', (5,)), ('AccumulateGrad', ())]
>>> import os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "graph.dot")
>>> with open(path, "w") as f:  # then: dot -Tsvg graph.dot -o graph.svg #zh: 然后运行：dot -Tsvg graph.dot -o graph.svg
...     _ = f.write(dot)
"""
