"""Profiling and inspection: the profiler's schedule, the autograd graph as DOT text, a model summary.

* :func:`profiler_action` is ``torch.profiler.schedule``'s step accounting in closed form.
* :func:`to_dot` writes the graph ``torchviz.make_dot`` draws, as Graphviz DOT text, without
  torchviz or the Graphviz binaries (the walk is make_dot's; node ids are numbered instead
  of memory addresses so the text is the same run to run).
* :func:`summary` lists what ``torchinfo.summary`` lists (output shape and parameter count
  per layer, total and trainable parameters) from forward hooks, leaving the model as it
  found it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch
from torch import nn
from torch.profiler import ProfilerAction

from torchnotes._checks import INT64_MAX, check_int_like, check_tensor, type_name

# summary() allocates a real input of this many elements at most; beyond it a typo in
# input_size (2**40) would exhaust memory instead of failing at once.
_MAX_INPUT_ELEMENTS = 2**28
_QUANTIZED = (torch.qint8, torch.quint8, torch.qint32, torch.quint4x2, torch.quint2x4)


def profiler_action(
    step: int, *, wait: int, warmup: int, active: int, repeat: int = 0, skip_first: int = 0
) -> ProfilerAction:
    """What ``torch.profiler.schedule(wait=..., warmup=..., active=..., ...)`` returns for ``step``.

    After ``skip_first`` steps of nothing, cycles of ``wait + warmup + active`` steps follow:
    ``wait`` steps with the profiler off (``NONE``), ``warmup`` steps where it runs but
    discards what it saw (``WARMUP``), and ``active`` steps it records (``RECORD``), the last
    of which also hands the trace to ``on_trace_ready`` (``RECORD_AND_SAVE``). With
    ``repeat > 0`` only that many cycles run; ``repeat=0`` cycles until profiling stops.

    Args:
        step: the step number, ``prof.step_num``, from 0.
        wait: steps off at the start of each cycle, ``>= 0``.
        warmup: warm-up steps per cycle, ``>= 0``.
        active: recorded steps per cycle, ``>= 1``.
        repeat: number of cycles, ``0`` for no limit.
        skip_first: steps skipped once before the first cycle, ``>= 0``.

    Returns:
        The ``torch.profiler.ProfilerAction`` for that step.

    Raises:
        TypeError: an argument is not an int (NumPy integers are taken; a bool or a float
            is not).
        ValueError: ``step``, ``wait``, ``warmup``, ``repeat`` or ``skip_first`` is
            negative, or ``active`` is below 1 (``torch.profiler.schedule`` raises
            ``AssertionError`` for these arguments).

    Examples:
        >>> [profiler_action(s, wait=1, warmup=1, active=2, repeat=1).name for s in range(5)]
        ['NONE', 'WARMUP', 'RECORD', 'RECORD_AND_SAVE', 'NONE']
        >>> [profiler_action(s, wait=1, warmup=1, active=2).name for s in range(4, 8)]  # repeat=0: cycles go on #zh: repeat=0：一直循环
        ['NONE', 'WARMUP', 'RECORD', 'RECORD_AND_SAVE']
        >>> [torch.profiler.schedule(wait=1, warmup=1, active=2)(s).name for s in range(4, 8)]
        ['NONE', 'WARMUP', 'RECORD', 'RECORD_AND_SAVE']
        >>> torch.profiler.schedule(wait=1, warmup=1, active=0)  # torch asserts #zh: torch 用断言拒绝
        Traceback (most recent call last):
            ...
        AssertionError: Invalid profiler schedule arguments. Got wait=1 (need >= 0), warmup=1 (need >= 0), active=0 (need > 0), repeat=0 (need >= 0), skip_first=0 (need >= 0).
    """
    fn = "profiler_action"
    step = check_int_like(fn, "step", step, minimum=0, tensors="none")
    wait = check_int_like(fn, "wait", wait, minimum=0, tensors="none")
    warmup = check_int_like(fn, "warmup", warmup, minimum=0, tensors="none")
    active = check_int_like(fn, "active", active, minimum=1, tensors="none")
    repeat = check_int_like(fn, "repeat", repeat, minimum=0, tensors="none")
    skip_first = check_int_like(fn, "skip_first", skip_first, minimum=0, tensors="none")
    if step < skip_first:
        return ProfilerAction.NONE
    step -= skip_first
    cycle = wait + warmup + active
    # true division, as torch writes it: the same answer for every step a run can reach;
    # beyond float's range (torch raises OverflowError there) the exact comparison
    if repeat > 0:
        try:
            done = step / cycle >= repeat
        except OverflowError:
            done = step >= repeat * cycle
        if done:
            return ProfilerAction.NONE
    position = step % cycle
    if position < wait:
        return ProfilerAction.NONE
    if position < wait + warmup:
        return ProfilerAction.WARMUP
    return ProfilerAction.RECORD if position < cycle - 1 else ProfilerAction.RECORD_AND_SAVE


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(output: torch.Tensor, params: dict[str, torch.Tensor] | None = None) -> str:
    r"""The graph ``torchviz.make_dot(output, params)`` draws, as Graphviz DOT text.

    Same walk, nodes, labels, colours and edges as make_dot with its defaults: the output
    tensor (green, dark green for the base of a view, joined by a dotted edge), one grey box
    per backward node labelled with its class name, a light-blue box per leaf tensor that
    requires grad (joined to its ``AccumulateGrad`` node), orange boxes for the tensors a
    custom ``autograd.Function`` saved, and an edge from every ``next_functions`` entry to
    the node that feeds it gradients (an entry listed twice gives two edges). Tensor labels
    are the name from ``params`` (or nothing) and the shape. Node ids are ``n0, n1, ...`` in
    the order make_dot first meets them instead of memory addresses.

    Args:
        output: the tensor whose backward graph is drawn (usually a loss).
        params: optional names for leaf tensors, as in make_dot (e.g.
            ``dict(model.named_parameters())``).

    Returns:
        DOT source text; ``dot -Tsvg`` or any Graphviz viewer renders it.

    Raises:
        TypeError: ``output`` is not a tensor or is a nested tensor, or ``params`` is not a
            dict of str to tensors.

    Examples:
        >>> w = torch.ones(2, requires_grad=True)
        >>> print(to_dot((w * 3).sum(), {"w": w}))
        digraph {
            node [align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled]
            n0 [label="\n ()" fillcolor=darkolivegreen1]
            n1 [label="SumBackward0"]
            n2 -> n1
            n2 [label="MulBackward0"]
            n3 -> n2
            n4 [label="w\n (2)" fillcolor=lightblue]
            n4 -> n3
            n3 [label="AccumulateGrad"]
            n1 -> n0
        }
        >>> view = (w * 3).view(1, 2)  # the output is a view: its base is drawn too #zh: 输出是视图：它的基张量也被画出来
        >>> [line.strip() for line in to_dot(view).splitlines() if "olivegreen3" in line or "dotted" in line]
        ['n5 [label="\\n (2)" fillcolor=darkolivegreen3]', 'n5 -> n0 [style="dotted"]']
        >>> edges = [line.strip() for line in to_dot((w * w).sum()).splitlines() if "->" in line]
        >>> edges.count("n3 -> n2")  # w enters the product twice: two edges #zh: w 两次进入乘法：两条边
        2
        >>> from torchnotes.autograd import softplus  # a custom Function that saves its input #zh: 保存输入的自定义 Function
        >>> [line.strip() for line in to_dot(softplus(w).sum()).splitlines() if "orange" in line]
        ['n4 [label="\\n (2)" fillcolor=orange]']
    """
    check_tensor("to_dot", "output", output)
    if output.is_nested:
        raise TypeError("to_dot(): output must not be a nested tensor (it has no single shape to label; "
                        "make_dot fails on it too)")
    names: dict[int, str] = {}
    if params is not None:
        if not isinstance(params, dict):
            raise TypeError(f"to_dot(): params must be a dict of str to tensors, got {type_name(params)}")
        for key, value in params.items():
            if not isinstance(key, str) or not isinstance(value, torch.Tensor):
                raise TypeError(
                    "to_dot(): params must be a dict of str to tensors, got an item "
                    f"{type_name(key)} -> {type_name(value)}"
                )
            names[id(value)] = key
    ids: dict[int, str] = {}
    keep: list[Any] = []  # ids are only unique while the objects live
    lines: list[str] = []
    seen: set[int] = set()

    def node_id(obj: Any) -> str:
        if id(obj) not in ids:
            ids[id(obj)] = f"n{len(ids)}"
            keep.append(obj)
        return ids[id(obj)]

    def label(t: torch.Tensor, name: str | None = None) -> str:
        # a nested leaf inside the graph has no single shape: it is labelled "nested"
        dims = "nested" if t.is_nested else ", ".join(str(s) for s in t.shape)
        return "%s\n (%s)" % (name or names.get(id(t), ""), dims)

    def node(obj: Any, text: str, color: str | None = None) -> None:
        fill = f" fillcolor={color}" if color else ""
        lines.append(f"    {node_id(obj)} [label={_dot_quote(text)}{fill}]")

    def edge(tail: Any, head: Any, style: str = "") -> None:
        lines.append(f"    {node_id(tail)} -> {node_id(head)}{style}")

    # make_dot recurses; an explicit stack of generators keeps its order without hitting
    # Python's recursion limit on a graph thousands of nodes deep
    def visit(fn: Any):
        if id(fn) in seen:
            return
        seen.add(id(fn))
        keep.append(fn)
        if hasattr(fn, "variable"):
            var = fn.variable
            seen.add(id(var))
            node(var, label(var), "lightblue")
            edge(var, fn)
        node(fn, type(fn).__name__)
        for nxt, _ in getattr(fn, "next_functions", ()):
            if nxt is not None:
                edge(nxt, fn)
                yield nxt
        for t in getattr(fn, "saved_tensors", ()) if _has_saved_tensors(fn) else ():
            seen.add(id(t))
            edge(t, fn, ' [dir="none"]')
            node(t, label(t), "orange")

    def walk(fn: Any) -> None:
        stack = [visit(fn)]
        while stack:
            try:
                stack.append(visit(next(stack[-1])))
            except StopIteration:
                stack.pop()

    def add_base(var: torch.Tensor, color: str = "darkolivegreen1") -> None:
        if id(var) in seen:
            return
        seen.add(id(var))
        keep.append(var)
        node(var, label(var), color)
        if var.grad_fn is not None:
            walk(var.grad_fn)
            edge(var.grad_fn, var)
        if var._is_view():
            add_base(var._base, "darkolivegreen3")
            edge(var._base, var, ' [style="dotted"]')

    add_base(output)
    attrs = "align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled"
    return "\n".join(["digraph {", f"    node [{attrs}]", *lines, "}"])


def _has_saved_tensors(fn: Any) -> bool:
    # only custom Functions' nodes have saved_tensors; reading it after backward freed them
    # raises, where make_dot would fail - the graph is drawn without them instead
    try:
        return hasattr(fn, "saved_tensors")
    except RuntimeError:
        return False


def _first_tensor(value: Any) -> torch.Tensor | None:
    if isinstance(value, torch.Tensor):
        return value
    if isinstance(value, (tuple, list)):
        for item in value:
            found = _first_tensor(item)
            if found is not None:
                return found
    return None


def summary(
    model: nn.Module, input_size: Sequence[int], *, dtype: torch.dtype = torch.float32
) -> dict[str, Any]:
    """Per-layer output shapes and parameter counts, as ``torchinfo.summary`` lists them.

    Runs one forward pass on zeros of shape ``input_size`` (batch included, as torchinfo
    takes it) on the device of the model's parameters, with a forward hook on every
    submodule. Each call of a submodule gives one row, in the order the calls return (a
    container after the layers inside it, unlike torchinfo's listing): its dotted name, its
    class, the shape of its output (the first tensor of a tuple output, as torchinfo shows
    for an LSTM; ``None`` if it returns no tensor) and the number of parameters it holds
    itself (``recurse=False``; a container holding only submodules shows 0). The totals
    count every parameter of the model once, shared ones included once, as
    ``sum(p.numel() for p in model.parameters())`` does. The pass runs under
    ``torch.no_grad()`` and the model's buffers are restored afterwards, so a ``BatchNorm``
    in training mode keeps its running statistics; the random number generator is restored
    too, so a ``Dropout`` in training mode leaves the random stream as it was.

    Args:
        model: the module to summarise.
        input_size: the input's shape, batch dimension included.
        dtype: the input's dtype (``torch.long`` for a model that starts with an
            ``Embedding``).

    Returns:
        A dict with ``"layers"``: a list of ``(name, type, output_shape, params)`` tuples;
        ``"total"``: the number of parameters; ``"trainable"``: those with
        ``requires_grad``.

    Raises:
        TypeError: ``model`` is not an ``nn.Module``, ``input_size`` is not a sequence of
            ints, or ``dtype`` is not a ``torch.dtype`` or is a quantized one.
        ValueError: a size in ``input_size`` is negative, the input would have more
            than 2**28 elements or sizes whose product overflows int64, or the model raises
            on the input (the message quotes its error).

    Examples:
        >>> model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
        >>> stats = summary(model, (2, 4))
        >>> for row in stats["layers"]:
        ...     print(row)
        ('0', 'Linear', (2, 3), 15)
        ('1', 'ReLU', (2, 3), 0)
        ('2', 'Linear', (2, 1), 4)
        >>> stats["total"], stats["trainable"]
        (19, 19)
        >>> nested = nn.Sequential(nn.Sequential(nn.Linear(4, 3)), nn.Dropout())
        >>> _ = torch.manual_seed(0)
        >>> expected = torch.rand(1)
        >>> _ = torch.manual_seed(0)
        >>> [(name, params) for name, _, _, params in summary(nested, (2, 4))["layers"]]  # the inner container shows 0, after its layer #zh: 内层容器显示 0，排在它的层之后
        [('0.0', 15), ('0', 0), ('1', 0)]
        >>> torch.equal(torch.rand(1), expected)  # training-mode Dropout left the random stream as it was #zh: 训练模式的 Dropout 没有改变随机数序列
        True
    """
    fn = "summary"
    if not isinstance(model, nn.Module):
        raise TypeError(f"{fn}(): model must be a torch.nn.Module, got {type_name(model)}")
    if isinstance(input_size, (str, bytes)) or not isinstance(input_size, Sequence):
        raise TypeError(f"{fn}(): input_size must be a sequence of ints, got {type_name(input_size)}")
    shape = tuple(check_int_like(fn, "input_size", s, minimum=0) for s in input_size)
    if not isinstance(dtype, torch.dtype):
        raise TypeError(f"{fn}(): dtype must be a torch.dtype, got {type_name(dtype)}")
    if dtype in _QUANTIZED:
        raise TypeError(f"{fn}(): dtype must not be quantized (torch.zeros cannot make it), got {dtype}")
    # torch's strides count a 0 as 1: (0, 2**62, 2**62) overflows int64 although empty
    if math.prod(max(s, 1) for s in shape) > INT64_MAX:
        raise ValueError(f"{fn}(): input_size {shape} overflows int64 (torch cannot build that tensor)")
    elements = math.prod(shape)
    if elements > _MAX_INPUT_ELEMENTS:
        raise ValueError(
            f"{fn}(): input_size {shape} asks for {elements} elements; summary builds a real "
            f"input and takes at most 2**28"
        )
    first = next(model.parameters(), None)
    device = first.device if first is not None else torch.device("cpu")
    rows: list[tuple[str, str, tuple[int, ...] | None, int]] = []

    def hook_for(name: str, module: nn.Module):
        def hook(_module: nn.Module, _inputs: Any, out: Any) -> None:
            # counted after the call: a lazy module has its parameters only from then on
            own = sum(p.numel() for p in module.parameters(recurse=False))
            tensor = _first_tensor(out)
            rows.append((name, type(module).__name__, None if tensor is None else tuple(tensor.shape), own))

        return hook

    x = torch.zeros(shape, dtype=dtype, device=device)
    saved = {name: b.detach().clone() for name, b in model.named_buffers()}
    handles = [m.register_forward_hook(hook_for(name, m)) for name, m in model.named_modules() if name]
    # a Dropout in training mode draws random numbers: the reader's random stream must not
    # depend on whether a summary was printed
    rng_devices = [device] if device.type == "cuda" else []
    try:
        with torch.no_grad(), torch.random.fork_rng(devices=rng_devices):
            model(x)
    except Exception as error:  # the model's own error, e.g. a wrong input_size or dtype
        raise ValueError(
            f"{fn}(): the model raised {type(error).__name__} on an input of shape {shape} and "
            f"dtype {dtype}: {error}"
        ) from None  # the message quotes the error; one traceback keeps the pages' output short
    finally:
        for handle in handles:
            handle.remove()
        with torch.no_grad():
            for name, buffer in model.named_buffers():
                if name in saved:
                    buffer.copy_(saved[name])
    params = list(model.parameters())
    return {
        "layers": rows,
        "total": sum(p.numel() for p in params),
        "trainable": sum(p.numel() for p in params if p.requires_grad),
    }

