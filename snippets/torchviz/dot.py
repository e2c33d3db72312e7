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
>>> import os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "graph.dot")
"""
