"""profiling helpers: profiler_action equals torch.profiler.schedule, to_dot lists make_dot's
graph (checked against next_functions and the graph walker), summary's counts equal torch's."""

import sys
import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn
from torch.profiler import ProfilerAction, schedule

from torchnotes.autograd import graph_nodes
from torchnotes.profiling import profiler_action, summary, to_dot


@given(
    step=st.integers(0, 60), wait=st.integers(0, 3), warmup=st.integers(0, 3),
    active=st.integers(1, 4), repeat=st.integers(0, 3), skip_first=st.integers(0, 5),
)
def test_profiler_action_equals_schedule(step, wait, warmup, active, repeat, skip_first):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # schedule warns when warmup == 0
        plan = schedule(wait=wait, warmup=warmup, active=active, repeat=repeat, skip_first=skip_first)
    assert profiler_action(
        step, wait=wait, warmup=warmup, active=active, repeat=repeat, skip_first=skip_first
    ) == plan(step)


def test_profiler_action_takes_numpy_ints():
    got = profiler_action(np.int64(3), wait=np.int32(1), warmup=1, active=2)
    assert got == schedule(wait=1, warmup=1, active=2)(3)


def test_profiler_action_beyond_float_range_counts_exactly():
    # torch's schedule raises OverflowError here (true division); the exact comparison instead
    assert profiler_action(2**1100, wait=1, warmup=1, active=1, repeat=1) == ProfilerAction.NONE
    last = profiler_action(2**1100 - 1, wait=0, warmup=0, active=1, repeat=2**1100)
    assert last == ProfilerAction.RECORD_AND_SAVE


def _parse(dot):
    nodes, edges = {}, []
    for line in dot.splitlines()[2:-1]:
        line = line.strip()
        if "->" in line:
            tail, head = line.split(" [")[0].split(" -> ")
            edges.append((tail, head))
        else:
            nodes[line.split(" ")[0]] = line.split('label="')[1].split('"')[0]
    return nodes, edges


def _expected_counts(output):
    """Nodes and edges make_dot draws, counted straight from the autograd graph."""
    fns, stack, edges, leaves = set(), [output.grad_fn], 1, 0
    while stack:
        fn = stack.pop()
        if fn in fns:
            continue
        fns.add(fn)
        if hasattr(fn, "variable"):
            leaves += 1
            edges += 1
        for nxt, _ in fn.next_functions:
            if nxt is not None:
                edges += 1
                stack.append(nxt)
    return 1 + len(fns) + leaves, edges, fns


@pytest.mark.parametrize("build", [
    lambda x, w: (x @ w).sum(),
    lambda x, w: (w * w).exp().mean(),  # an input listed twice: two edges
    lambda x, w: torch.cat([x @ w.T, w.sin()], 0).relu().sum(),
    lambda x, w: nn.functional.cross_entropy(x @ w.T, torch.tensor([0, 1])),
])
def test_to_dot_has_the_graph_of_next_functions(build):
    torch.manual_seed(0)
    x, w = torch.randn(2, 3), torch.randn(3, 3, requires_grad=True)
    out = build(x, w)
    nodes, edges = _parse(to_dot(out, {"w": w}))
    n_nodes, n_edges, fns = _expected_counts(out)
    assert len(nodes) == n_nodes and len(edges) == n_edges
    assert sorted(v for v in nodes.values() if "\\n" not in v) == sorted(
        name for name, _ in graph_nodes(out))
    assert sorted(type(f).__name__ for f in fns) == sorted(name for name, _ in graph_nodes(out))
    assert "w\\n (3, 3)" in nodes.values()
    assert all(t in nodes and h in nodes for t, h in edges)


def test_to_dot_draws_the_base_of_a_view_and_saved_tensors_of_a_custom_function():
    class Square(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * x

        @staticmethod
        def backward(ctx, g):
            (x,) = ctx.saved_tensors
            return 2 * x * g

    w = torch.ones(4, requires_grad=True)
    out = Square.apply(w).view(2, 2)
    dot = to_dot(out)
    assert "fillcolor=darkolivegreen3" in dot and 'style="dotted"' in dot
    assert "fillcolor=orange" in dot and 'dir="none"' in dot


def test_to_dot_walks_a_deep_graph_without_recursion():
    x = torch.ones(1, requires_grad=True)
    y = x
    for _ in range(sys.getrecursionlimit() + 100):
        y = y * 1.0
    assert to_dot(y).count("MulBackward0") == sys.getrecursionlimit() + 100


def test_to_dot_of_a_tensor_without_graph():
    nodes, edges = _parse(to_dot(torch.ones(2)))
    assert list(nodes.values()) == ["\\n (2)"] and edges == []


def test_to_dot_labels_a_nested_leaf_inside_the_graph():
    nodes, _ = _parse(to_dot(NESTED.to_padded_tensor(0.0).sum()))
    assert "\\n (nested)" in nodes.values()


def test_summary_leaves_the_model_as_it_was_when_it_raises():
    model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2), nn.Linear(3, 1)).train()
    with pytest.raises(ValueError, match="the model raised RuntimeError"):
        summary(model, (4, 2))
    assert torch.equal(model[1].running_mean, torch.zeros(2))
    assert all(not m._forward_hooks for m in model.modules())


def _model(kind):
    torch.manual_seed(0)
    if kind == "mlp":
        return nn.Sequential(nn.Linear(5, 7), nn.Tanh(), nn.Linear(7, 3)), (4, 5)
    if kind == "conv":
        return nn.Sequential(nn.Conv2d(2, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(),
                             nn.MaxPool2d(2), nn.Flatten(), nn.Linear(16, 2)), (3, 2, 4, 4)
    inner = nn.Sequential(nn.Linear(3, 3), nn.GELU())
    return nn.Sequential(inner, nn.Linear(3, 2), nn.LayerNorm(2)), (2, 3)


@pytest.mark.parametrize("kind", ["mlp", "conv", "nested"])
def test_summary_equals_hooks_and_parameter_counts(kind):
    model, size = _model(kind)
    x = torch.zeros(size)
    seen = []
    handles = [m.register_forward_hook(lambda m, i, o, n=n: seen.append((n, tuple(o.shape))))
               for n, m in model.named_modules() if n]
    model.eval()
    with torch.no_grad():
        model(x)
    for h in handles:
        h.remove()
    model.train()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    stats = summary(model, size)
    assert [(n, s) for n, _, s, _ in stats["layers"]] == seen
    modules = dict(model.named_modules())
    for name, kind_, _, count in stats["layers"]:
        assert kind_ == type(modules[name]).__name__
        assert count == sum(p.numel() for p in modules[name].parameters(recurse=False))
    assert stats["total"] == stats["trainable"] == sum(p.numel() for p in model.parameters())
    after = model.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)  # buffers restored


def test_summary_leaves_the_random_stream_as_it_was():
    model = nn.Sequential(nn.Linear(3, 3), nn.Dropout(0.5)).train()
    torch.manual_seed(3)
    summary(model, (4, 3))
    after_summary = torch.rand(3)
    torch.manual_seed(3)
    assert torch.equal(after_summary, torch.rand(3))


def test_summary_follows_the_device_of_the_model():
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU()).to("meta")
    stats = summary(model, (2, 3))
    assert stats["layers"][0][2] == (2, 4) and stats["total"] == 16


def test_summary_of_a_model_without_parameters_and_numpy_sizes():
    stats = summary(nn.Sequential(nn.ReLU()), [np.int64(2), torch.tensor(3)])
    assert stats == {"layers": [("0", "ReLU", (2, 3), 0)], "total": 0, "trainable": 0}


MODEL = nn.Linear(2, 2)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # nested tensors are a prototype
    NESTED = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)], requires_grad=True)
BAD_CALLS = [
    Bad(profiler_action, (1.5,), TypeError, r"step must be an int, got float",
        dict(wait=1, warmup=1, active=1)),
    Bad(profiler_action, (True,), TypeError, r"step must be an int, got bool",
        dict(wait=1, warmup=1, active=1)),
    Bad(profiler_action, (-1,), ValueError, r"step must be >= 0, got -1", dict(wait=1, warmup=1, active=1)),
    Bad(profiler_action, (0,), ValueError, r"active must be >= 1, got 0", dict(wait=1, warmup=1, active=0)),
    Bad(profiler_action, (0,), ValueError, r"wait must be >= 0, got -2", dict(wait=-2, warmup=1, active=1)),
    Bad(profiler_action, (0,), ValueError, r"repeat must be >= 0, got -1",
        dict(wait=0, warmup=1, active=1, repeat=-1)),
    Bad(profiler_action, (0,), TypeError, r"warmup must be an int, got str", dict(wait=0, warmup="1", active=1)),
    Bad(profiler_action, (0,), ValueError, r"skip_first must be >= 0, got -3",
        dict(wait=0, warmup=1, active=1, skip_first=-3)),
    Bad(to_dot, ([1.0],), TypeError, r"output must be a torch.Tensor, got list"),
    Bad(to_dot, (torch.ones(1), [("w", torch.ones(1))]), TypeError, r"params must be a dict of str to tensors, got list"),
    Bad(to_dot, (torch.ones(1), {"w": 1.0}), TypeError, r"got an item str -> float"),
    Bad(summary, (lambda x: x, (1, 2)), TypeError, r"model must be a torch.nn.Module, got function"),
    Bad(summary, (MODEL, 2), TypeError, r"input_size must be a sequence of ints, got int"),
    Bad(summary, (MODEL, "12"), TypeError, r"input_size must be a sequence of ints, got str"),
    Bad(summary, (MODEL, (1, 2.0)), TypeError, r"input_size must be an int, got float"),
    Bad(summary, (MODEL, (True, 2)), TypeError, r"input_size must be an int, got bool"),
    Bad(summary, (MODEL, (-1, 2)), ValueError, r"input_size must be >= 0, got -1"),
    Bad(summary, (MODEL, (2**40, 2)), ValueError, r"asks for 2199023255552 elements"),
    Bad(summary, (MODEL, (1, 2)), TypeError, r"dtype must be a torch.dtype, got str", dict(dtype="float32")),
    Bad(summary, (MODEL, (1, 2)), TypeError, r"dtype must not be quantized .*got torch.quint8", dict(dtype=torch.quint8)),
    Bad(summary, (MODEL, (1, 3)), ValueError,
        r"the model raised RuntimeError on an input of shape \(1, 3\) and dtype torch.float32: mat1 and mat2"),
    Bad(summary, (MODEL, (1, 2)), ValueError, r"the model raised RuntimeError .*dtype torch.int64", dict(dtype=torch.long)),
    Bad(summary, (MODEL, (0, 2**63)), ValueError, r"input_size \(0, 9223372036854775808\) overflows int64"),
    Bad(summary, (MODEL, (0, 2**62, 2**62)), ValueError, r"input_size \(0, 4611686018427387904, 4611686018427387904\) overflows int64"),
    Bad(to_dot, (NESTED * 2,), TypeError, r"output must not be a nested tensor"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
